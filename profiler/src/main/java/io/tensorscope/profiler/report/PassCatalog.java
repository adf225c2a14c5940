package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassOption;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The installed passes and their declared options, for people and as JSON:
 * {@code {"passes": [{id, name, description, needs_data, options: [{name, type, default, min, max, choices, unit,
 * help}]}]}}.
 */
public final class PassCatalog {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PassCatalog() {
    }

    /** Writes one block per pass: id, name and description, then one line per option. */
    public static void write(List<Pass> passes, PrintWriter out) {
        for (Pass pass : passes) {
            out.printf(Locale.ROOT, "%s  (%s)%s%n  %s%n", pass.id(), pass.displayName(),
                    pass.needsData() ? "  needs sample inputs" : "", pass.description());
            for (PassOption o : pass.options()) {
                String constraint = o.constraint().isEmpty() ? "" : " " + o.constraint();
                String value = o.format(o.defaultValue());
                String line = String.format(Locale.ROOT, "    %-14s %-8s default %-8s%s", o.name(), o.kind().key(),
                        value.isEmpty() ? "(none)" : value, constraint);
                out.println(line.stripTrailing());
                out.println("      " + o.help());
            }
            out.println();
        }
    }

    /** @return the catalog as JSON */
    public static ObjectNode json(List<Pass> passes) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("passes");
        for (Pass pass : passes) {
            ObjectNode p = list.addObject().put("id", pass.id()).put("name", pass.displayName())
                    .put("description", pass.description()).put("needs_data", pass.needsData());
            ArrayNode options = p.putArray("options");
            for (PassOption o : pass.options()) {
                ObjectNode option = options.addObject().put("name", o.name()).put("type", o.kind().key());
                option.set("default", MAPPER.valueToTree(o.defaultValue()));
                if (o.min() != null) {
                    option.put("min", o.min());
                }
                if (o.max() != null) {
                    option.put("max", o.max());
                }
                if (!o.choices().isEmpty()) {
                    o.choices().forEach(option.putArray("choices")::add);
                }
                option.put("unit", o.unit()).put("help", o.help());
            }
        }
        return root;
    }
}
