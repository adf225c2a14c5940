package io.tensorscope.engine.pass;

import io.tensorscope.onnx.Onnx.GraphProto;
import io.tensorscope.onnx.Onnx.NodeProto;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a pass did: a part common to every pass (nodes changed, added and removed, nodes kept by the exclusion list,
 * the size before and after, notes and warnings) and pass-specific {@link ReportTable sections} (e.g. every quantized
 * tensor's scales), which renderers show without switching on the pass.
 *
 * @param pass        the pass's id, e.g. {@code dynamic-int8}
 * @param changed     names of the original nodes the pass rewrote
 * @param added       names of the nodes the pass added (not in its input model)
 * @param removed     names of the input model's nodes no longer in the output
 * @param excluded    names of the nodes it could have rewritten but left alone (exclusion list)
 * @param bytesBefore serialized model size before, bytes
 * @param bytesAfter  serialized model size after, bytes
 * @param notes       what the user should know (e.g. why a precision may run slower here)
 * @param warnings    what may make the result disappointing or wrong (e.g. nothing changed, ranges from random data)
 * @param sections    pass-specific tables
 */
public record PassReport(String pass, List<String> changed, List<String> added, List<String> removed,
                         List<String> excluded, long bytesBefore, long bytesAfter, List<String> notes,
                         List<String> warnings, List<ReportTable> sections) {

    public PassReport {
        changed = List.copyOf(changed);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        excluded = List.copyOf(excluded);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        sections = List.copyOf(sections);
    }

    /**
     * @return the report of a pass that turned {@code before} into {@code after}: added and removed nodes are found
     * by name; a warning is added when the pass changed nothing
     */
    public static PassReport of(String pass, GraphProto before, long bytesBefore, GraphProto after, long bytesAfter,
                                List<String> changed, List<String> excluded, List<String> notes, List<String> warnings,
                                List<ReportTable> sections) {
        Set<String> beforeNames = names(before);
        Set<String> afterNames = names(after);
        List<String> added = afterNames.stream().filter(n -> !beforeNames.contains(n)).toList();
        List<String> removed = beforeNames.stream().filter(n -> !afterNames.contains(n)).toList();
        List<String> allWarnings = new ArrayList<>(warnings);
        if (changed.isEmpty() && added.isEmpty() && removed.isEmpty()) {
            allWarnings.add(0, "the pass found nothing to change in this model, so the result computes what the "
                    + "original does");
        }
        return new PassReport(pass, changed, added, removed, excluded, bytesBefore, bytesAfter, notes, allWarnings,
                sections);
    }

    /** @return this report with {@code warning} added after the others */
    public PassReport withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new PassReport(pass, changed, added, removed, excluded, bytesBefore, bytesAfter, notes, more, sections);
    }

    /**
     * @return this report with {@code note} added after the others and {@code nodes} (removed by a step the pass ran
     *         before its own, e.g. a folding) added to the removed nodes
     */
    public PassReport withRemoved(List<String> nodes, String note) {
        List<String> moreRemoved = new ArrayList<>(removed);
        moreRemoved.addAll(nodes);
        List<String> moreNotes = new ArrayList<>(notes);
        moreNotes.add(note);
        return new PassReport(pass, changed, added, moreRemoved, excluded, bytesBefore, bytesAfter, moreNotes, warnings,
                sections);
    }

    /** @return size after as a fraction of size before */
    public double sizeRatio() {
        return bytesBefore == 0 ? 1 : (double) bytesAfter / bytesBefore;
    }

    /** @return the section keyed {@code key}, if the pass reported one */
    public Optional<ReportTable> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static Set<String> names(GraphProto graph) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            NodeProto node = graph.getNode(i);
            names.add(node.getName().isEmpty() ? node.getOpType() + "_" + i : node.getName());
        }
        return names;
    }
}
