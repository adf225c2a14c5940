package io.tensorscope.app.workbench.history;

import io.tensorscope.profiler.experiment.ExperimentRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The experiments of a workspace as lineage trees (parent → child, by pass): which belong to a model, which match a
 * filter, and in what order to show them. Rows whose parent is not among them (removed, or filtered out with no match
 * below it) become roots.
 */
final class ExperimentLineage {

    /** Ancestors followed at most (a guard against a cycle in a damaged workspace). */
    private static final int MAX_DEPTH = 10_000;

    private final List<ExperimentRow> rows;
    private final Map<String, ExperimentRow> byId = new HashMap<>();
    private final Map<String, List<ExperimentRow>> children = new HashMap<>();

    /** @param rows the experiments, in the order to show siblings */
    ExperimentLineage(List<ExperimentRow> rows) {
        this.rows = List.copyOf(rows);
        rows.forEach(r -> byId.put(r.id(), r));
        for (ExperimentRow r : rows) {
            if (r.parentId() != null && byId.containsKey(r.parentId())) {
                children.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** @return how many experiments these trees hold */
    int size() {
        return rows.size();
    }

    /** @return the rows with no parent among them, in order */
    List<ExperimentRow> roots() {
        return rows.stream().filter(r -> r.parentId() == null || !byId.containsKey(r.parentId())).toList();
    }

    /** @return the rows made from {@code row}, in order */
    List<ExperimentRow> children(ExperimentRow row) {
        return children.getOrDefault(row.id(), List.of());
    }

    /** @return everything made from {@code row}, at any depth, each before what was made from it */
    List<ExperimentRow> descendants(ExperimentRow row) {
        List<ExperimentRow> found = new ArrayList<>();
        for (ExperimentRow child : children(row)) {
            found.add(child);
            found.addAll(descendants(child));
        }
        return found;
    }

    /** @return the first recorded ancestor of {@code row} among these rows (itself for a root) */
    ExperimentRow root(ExperimentRow row) {
        ExperimentRow at = row;
        for (int depth = 0; depth < MAX_DEPTH && at.parentId() != null && byId.containsKey(at.parentId()); depth++) {
            at = byId.get(at.parentId());
        }
        return at;
    }

    /**
     * @return the whole lineage trees holding an experiment of the model with digest {@code sha256} (its original, what
     * was made from it, and what that model was made from), in the original order
     */
    List<ExperimentRow> ofModel(String sha256) {
        Set<String> roots = new LinkedHashSet<>();
        rows.stream().filter(r -> r.modelSha256().equals(sha256)).forEach(r -> roots.add(root(r).id()));
        return rows.stream().filter(r -> roots.contains(root(r).id())).toList();
    }

    /**
     * @return the rows whose name, model name or id contains {@code text} (any case), with their ancestors so the
     * trees keep their shape; all rows for a blank text
     */
    List<ExperimentRow> matching(String text) {
        if (text == null || text.isBlank()) {
            return rows;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        Set<String> kept = new LinkedHashSet<>();
        for (ExperimentRow r : rows) {
            if (matches(r, needle)) {
                ExperimentRow at = r;
                for (int depth = 0; depth < MAX_DEPTH && at != null && kept.add(at.id()); depth++) {
                    at = at.parentId() == null ? null : byId.get(at.parentId());
                }
            }
        }
        return rows.stream().filter(r -> kept.contains(r.id())).toList();
    }

    private static boolean matches(ExperimentRow row, String needle) {
        return row.name().toLowerCase(Locale.ROOT).contains(needle)
                || row.modelName().toLowerCase(Locale.ROOT).contains(needle) || row.id().startsWith(needle);
    }
}
