package io.tensorscope.app.workbench.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.profiler.experiment.ExperimentRow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lineage trees of experiment rows: per model, filtered, and the side-by-side comparison of a selection. */
class ExperimentLineageTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static ExperimentRow row(String id, int minute, String name, String parent, String sha, double median,
                                     double score) {
        return new ExperimentRow(id, T0.plusSeconds(60L * minute), name, parent, "cnn", sha, 1_000 * (10 - minute),
                median, "top-1 accuracy", score);
    }

    /** cnn original a → b (int8) → c (fp16); another original d of model "y" → e; f's parent was deleted. */
    private final List<ExperimentRow> rows = List.of(
            row("f", 6, "orphan", "deleted", "sha-z", 1, 0.5),
            row("e", 5, "pruned", "d", "sha-e", 2, 0.8),
            row("d", 4, "original", null, "sha-y", 4, 0.9),
            row("c", 2, "int8 + fp16", "b", "sha-c", 1, 0.97),
            row("b", 1, "int8", "a", "sha-b", 2, 0.98),
            row("a", 0, "original", null, "sha-x", 4, 0.99));

    @Test
    void aModelsTreesHoldItsOriginalWhatWasMadeFromItAndWhatItWasMadeFrom() {
        ExperimentLineage lineage = new ExperimentLineage(rows);
        assertEquals(List.of("f", "d", "a"), lineage.roots().stream().map(ExperimentRow::id).toList(),
                "an experiment whose parent is gone is a root");
        assertEquals(List.of("c", "b", "a"), lineage.ofModel("sha-x").stream().map(ExperimentRow::id).toList());
        assertEquals(List.of("c", "b", "a"), lineage.ofModel("sha-b").stream().map(ExperimentRow::id).toList(),
                "a variant's model shows its whole tree");
        assertEquals(List.of(), lineage.ofModel("sha-unknown"));
        assertEquals("a", lineage.root(rows.get(3)).id());
    }

    @Test
    void aFilterMatchKeepsItsAncestors() {
        ExperimentLineage lineage = new ExperimentLineage(rows);
        assertEquals(List.of("c", "b", "a"), lineage.matching("FP16").stream().map(ExperimentRow::id).toList());
        assertEquals(List.of("e", "d"), lineage.matching("prun").stream().map(ExperimentRow::id).toList());
        assertEquals(6, lineage.matching("  ").size(), "blank: everything");
        assertEquals(List.of("b", "a"), new ExperimentLineage(lineage.matching("int8 ")).matching("b").stream()
                .map(ExperimentRow::id).toList(), "ids match by prefix");
    }

    @Test
    void theSelectionIsComparedWithItsOldestExperiment() {
        List<ComparedExperiment> compared = ComparedExperiment.of(List.of(rows.get(3), rows.get(5), rows.get(4)));
        assertEquals(List.of("a", "b", "c"), compared.stream().map(c -> c.row().id()).toList(), "oldest first");
        assertEquals(1.0, compared.get(0).speedUp());
        assertEquals(4.0, compared.get(2).speedUp(), 1e-12, "4 ms → 1 ms");
        assertEquals(0.8, compared.get(2).sizeFraction(), 1e-12, "8,000 of 10,000 bytes");
        assertEquals(-2.0, compared.get(2).deltaPoints(), 1e-9, "0.99 → 0.97");
        ExperimentRow unscored = new ExperimentRow("u", T0.plusSeconds(3600), "unscored", "a", "cnn", "sha-u", 5, null,
                null, null);
        assertTrue(Double.isNaN(ComparedExperiment.of(List.of(rows.get(5), unscored)).get(1).deltaPoints()));
    }
}
