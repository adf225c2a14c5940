package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.profiler.advice.Finding;
import java.io.PrintWriter;
import java.util.List;

/**
 * Advice for people ({@code inspect --advice}, {@code profile --advice}: one block per finding, warnings first) and as
 * JSON ({@code [{rule, severity, title, evidence, action, nodes}]}).
 */
public final class AdviceText {

    /** Nodes named per finding in the text; the JSON lists all. */
    private static final int NODES_SHOWN = 5;

    private AdviceText() {
    }

    /** Writes the findings, or a line saying there are none. */
    public static void write(List<Finding> findings, PrintWriter out) {
        out.println();
        if (findings.isEmpty()) {
            out.println("advice: nothing found");
            return;
        }
        out.println("advice (" + findings.size() + ")");
        for (Finding f : findings) {
            out.println("  " + (f.severity().label() + ":").toUpperCase(java.util.Locale.ROOT) + " " + f.title());
            out.println("      " + f.evidence());
            out.println("      → " + f.action());
            if (!f.nodes().isEmpty()) {
                List<String> shown = f.nodes().subList(0, Math.min(NODES_SHOWN, f.nodes().size()));
                out.println("      nodes: " + String.join(", ", shown)
                        + (f.nodes().size() > NODES_SHOWN ? " … (" + f.nodes().size() + ")" : ""));
            }
        }
    }

    /** @return the findings as a JSON array */
    public static ArrayNode toJson(List<Finding> findings) {
        ArrayNode array = new ObjectMapper().createArrayNode();
        for (Finding f : findings) {
            ObjectNode o = array.addObject().put("rule", f.rule()).put("severity", f.severity().label())
                    .put("title", f.title()).put("evidence", f.evidence()).put("action", f.action());
            f.nodes().forEach(o.putArray("nodes")::add);
        }
        return array;
    }
}
