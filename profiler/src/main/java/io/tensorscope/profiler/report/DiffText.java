package io.tensorscope.profiler.report;

import io.tensorscope.engine.diff.ModelDiff;
import io.tensorscope.engine.diff.NodeChange;
import io.tensorscope.engine.diff.NodeDiff;
import io.tensorscope.engine.diff.WeightChanges;
import io.tensorscope.engine.diff.WeightDiff;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * {@code tensorscope diff} for people: the counts, then the changed, removed and added nodes (added ones with the node
 * they serve), then every stored tensor that changed, was removed or was added. Unchanged nodes and tensors are
 * counted, not listed (the JSON lists them).
 */
public final class DiffText {

    private DiffText() {
    }

    /** Writes the diff. */
    public static void write(ModelDiff diff, PrintWriter out) {
        out.printf(Locale.ROOT, "diff     %s → %s%n", diff.before(), diff.after());
        out.printf(Locale.ROOT, "nodes    %d → %d: %s%n", diff.nodes().size() - diff.nodeCount(NodeChange.ADDED),
                diff.nodes().size() - diff.nodeCount(NodeChange.REMOVED), counts(diff::nodeCount));
        out.printf(Locale.ROOT, "weights  %s → %s: %s%n", HumanUnits.bytes(diff.weightBytesBefore()),
                HumanUnits.bytes(diff.weightBytesAfter()), counts(diff::weightCount));
        List<NodeDiff> changed = nodes(diff, NodeChange.CHANGED);
        if (!changed.isEmpty()) {
            out.println();
            out.println("changed nodes (matched by)");
            changed.forEach(n -> out.printf(Locale.ROOT, "  ~ %s  [%s%s]  %s%n", n.before(), n.rule().label(),
                    n.after().equals(n.before()) ? "" : " as " + n.after(), String.join("; ", n.reasons())));
        }
        List<NodeDiff> removed = nodes(diff, NodeChange.REMOVED);
        if (!removed.isEmpty()) {
            out.println();
            out.println("removed nodes");
            removed.forEach(n -> out.printf(Locale.ROOT, "  - %s  %s%n", n.before(), n.opBefore()));
        }
        List<NodeDiff> added = nodes(diff, NodeChange.ADDED);
        if (!added.isEmpty()) {
            out.println();
            out.println("added nodes");
            added.forEach(n -> out.printf(Locale.ROOT, "  + %s  %s%s%n", n.after(), n.opAfter(),
                    n.serves() == null ? "" : "  (for " + n.serves() + ")"));
        }
        List<WeightDiff> weights = diff.weights().stream().filter(w -> w.change() != NodeChange.UNCHANGED).toList();
        if (!weights.isEmpty()) {
            out.println();
            out.println("weights");
            weights.forEach(w -> out.println("  " + weightLine(w)));
        }
        out.flush();
    }

    private static String weightLine(WeightDiff w) {
        return switch (w.change()) {
            case ADDED -> "+ " + w.after() + "  " + w.typeAfter().displayName() + " " + w.shapeAfter() + ", "
                    + HumanUnits.bytes(w.bytesAfter()) + (w.serves() == null ? "" : "  (for " + w.serves() + ")");
            case REMOVED -> "- " + w.before() + "  " + w.typeBefore().displayName() + " " + w.shapeBefore() + ", "
                    + HumanUnits.bytes(w.bytesBefore());
            default -> "~ " + w.before() + (w.after().equals(w.before()) ? "" : " as " + w.after()) + "  "
                    + WeightChanges.summary(w) + ", " + HumanUnits.bytes(w.bytesBefore()) + " → "
                    + HumanUnits.bytes(w.bytesAfter());
        };
    }

    private static List<NodeDiff> nodes(ModelDiff diff, NodeChange change) {
        return diff.nodes().stream().filter(n -> n.change() == change).toList();
    }

    /** @return e.g. {@code 451 unchanged, 120 changed, 186 added, 0 removed} */
    private static String counts(ToLongFunction<NodeChange> count) {
        StringBuilder text = new StringBuilder();
        for (NodeChange change : NodeChange.values()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(count.applyAsLong(change)).append(' ').append(change.label());
        }
        return text.toString();
    }
}
