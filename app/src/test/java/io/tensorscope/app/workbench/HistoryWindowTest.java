package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.workbench.compress.CompressExperiment;
import io.tensorscope.app.workbench.compress.CompressViewModel;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.history.ComparedExperiment;
import io.tensorscope.app.workbench.history.HistoryViewModel;
import io.tensorscope.app.workbench.history.WorkbenchWorkspace;
import io.tensorscope.app.workbench.settings.ConfigFolder;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.diff.NodeChange;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.profiler.experiment.ExperimentRow;
import io.tensorscope.profiler.report.gain.Budget;
import io.tensorscope.profiler.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The History tab over a workspace of its own: a Compress run recorded, listed as a lineage tree, compared, reported
 * and diffed; the Compress tab's rows back after a "restart"; a corrupt workspace replaced for the session, saying so;
 * 10,000 experiments listed and scrolled without blocking the UI thread.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryWindowTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private WorkbenchViewModel workbench(Path workspaceFile) {
        return new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor(), FixedCeilings.source(),
                new ConfigFolder(dir.resolve("config")), new WorkbenchWorkspace(workspaceFile,
                Executors.newSingleThreadExecutor(), new FxTaskExecutor()));
    }

    private WorkbenchView show(FxRobot robot, WorkbenchViewModel viewModel) {
        WorkbenchView[] view = new WorkbenchView[1];
        robot.interact(() -> view[0] = WindowDriver.show(stage, viewModel));
        return view[0];
    }

    @Test
    void aCompressRunIsRecordedListedComparedReportedDiffedAndBackAfterARestart(FxRobot robot) throws Exception {
        Path file = dir.resolve("ws/workspace.db");
        Files.createDirectories(file.getParent());
        WorkbenchViewModel viewModel = workbench(file);
        WorkbenchView view = show(robot, viewModel);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.workspace().workspaceProperty().get() != null);
        assertNull(viewModel.workspace().noticeProperty().get(), "the workspace opened: no stand-in");
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        CompressViewModel compress = viewModel.compress();
        robot.interact(() -> compress.evaluationSamplesProperty().set(500));
        robot.clickOn("#compress-tab .tab-label");
        robot.clickOn("#compress-run");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> compress.experiments().size() == 2
                || compress.failureProperty().get() != null);
        assertNull(compress.failureProperty().get());
        assertTrue(compress.canReportBinding().get(), "Report… and File > Export report… once two rows are shown");
        HistoryViewModel history = viewModel.history();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> history.shownProperty().get() != null
                && treeRows(view.historyView().tree()) == 2);
        String variantId = compress.experiments().get(1).record().id();
        try (Workspace ws = Workspace.open(file)) {
            assertTrue(ws.find(variantId).isPresent(), "the variant is recorded");
            assertTrue(ws.detail(variantId).orElseThrow().inTurnWithParent() != null,
                    "with its per-layer figures and its in-turn timing with the original it was timed with");
            assertTrue(ws.storedModel(ws.find(variantId).orElseThrow().modelSha256()).isPresent(), "and its model");
        }

        robot.clickOn("#history-tab .tab-label");
        TreeTableView<ExperimentRow> tree = view.historyView().tree();
        assertEquals(1, tree.getRoot().getChildren().size(), "one lineage tree: the original");
        assertEquals(variantId, tree.getRoot().getChildren().get(0).getChildren().get(0).getValue().id(),
                "the variant under the original it was made from");
        robot.interact(() -> tree.getSelectionModel().selectAll());
        WaitForAsyncUtils.waitForFxEvents();
        List<ComparedExperiment> compared = history.compared();
        assertEquals(2, compared.size());
        assertEquals(1.0, compared.get(0).speedUp(), 1e-12, "the baseline against itself");
        CompressExperiment variant = compress.experiments().get(1);
        assertEquals(variant.summary().sizeBytes() / (double) compress.experiments().get(0).summary().sizeBytes(),
                compared.get(1).sizeFraction(), 1e-9);
        Screenshots.write(view, "history-view.png");
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node delete = robot.lookup("#history-delete").query();
        assertTrue(delete.localToScene(delete.getBoundsInLocal()).getMaxX() <= stage.getScene().getWidth(),
                "the actions fit at 1024 px");
        Screenshots.write(view, "history-view-1024x700.png");
        robot.interact(stage::sizeToScene);

        Path report = dir.resolve("report.html");
        robot.interact(() -> compress.report(report));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(report) || history.errorProperty().get() != null);
        assertNull(history.errorProperty().get());
        String page = Files.readString(report);
        assertTrue(page.contains("Layers: " + variant.name()), "the stored per-layer figures reach the report");
        Path csv = dir.resolve("selected.csv");
        robot.interact(() -> history.reportSelected(csv, Budget.DEFAULT));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(csv) || history.errorProperty().get() != null);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(1).startsWith("mnist-cnn,true,") && lines.get(2).startsWith(variant.name() + ",false,"),
                "the History selection's report, the oldest the baseline: " + lines.subList(0, 3));

        robot.clickOn("#history-diff");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> history.diffProperty().get() != null);
        assertTrue(history.diffProperty().get().nodeCount(NodeChange.CHANGED) > 0, "dynamic int8 rewrote the dense layers");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#diff-text").tryQuery().isPresent(), "the diff is shown");
        robot.clickOn("#diff-on-graph");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.graph().diffChangesProperty().get() != null
                && viewModel.graph().layoutProperty().get() != null);
        assertEquals(variant.name(), viewModel.currentProperty().get().model().name(), "the variant is shown");
        List<NodeChange> drawn = java.util.Arrays.asList(viewModel.graph().diffChangesProperty().get());
        assertTrue(drawn.contains(NodeChange.ADDED) && drawn.contains(NodeChange.CHANGED)
                && drawn.contains(NodeChange.UNCHANGED), drawn.toString());
        assertTrue(viewModel.graph().colourByDiffProperty().get());
        var dense = viewModel.layers().diffProperty().get().values().stream()
                .filter(d -> "dense_1".equals(d.before())).findFirst().orElseThrow();
        assertEquals(NodeChange.CHANGED, dense.change());
        assertTrue(dense.reasons().stream().anyMatch(r -> r.startsWith("op Gemm → MatMulInteger")), dense.reasons().toString());
        robot.clickOn("#model-tab .tab-label");
        var change = view.layerTable().table().getColumns().stream()
                .filter(c -> "diff-change-column".equals(c.getId())).findFirst().orElseThrow();
        assertTrue(change.isVisible(), "the layer table gains the Change column");
        var shownModel = viewModel.currentProperty().get().model();
        int denseIndex = java.util.stream.IntStream.range(0, shownModel.nodeCount())
                .filter(i -> shownModel.nodeName(i).equals(dense.after())).findFirst().orElseThrow();
        robot.interact(() -> viewModel.layers().selectedIndexProperty().set(denseIndex));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(view, "diff-graph.png");

        WorkbenchViewModel restarted = workbench(file);
        show(robot, restarted);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> restarted.workspace().workspaceProperty().get() != null);
        WindowDriver.openBundled(robot, restarted, "mnist-cnn");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> restarted.compress().experiments().size() == 2);
        CompressExperiment back = restarted.compress().experiments().get(1);
        assertEquals(variant.name(), back.name(), "the Compress tab's rows survive the restart");
        assertEquals(variant.summary().metricValue(), back.summary().metricValue(), 1e-12);
        assertNotNull(back.inTurn(), "with the in-turn speed-up it was measured with");
        assertTrue(restarted.compress().experiments().get(0).isOriginal());
    }

    @Test
    void aCorruptWorkspaceIsLeftAloneAndATemporaryOneStandsInSayingSo(FxRobot robot) throws Exception {
        Path file = dir.resolve("corrupt.db");
        Files.writeString(file, "this is not a database, it is a note I wrote\n".repeat(200));
        byte[] before = Files.readAllBytes(file);
        WorkbenchViewModel viewModel = workbench(file);
        WorkbenchView view = show(robot, viewModel);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.workspace().noticeProperty().get() != null);
        String notice = viewModel.workspace().noticeProperty().get();
        assertTrue(notice.contains("temporary workspace"), notice);
        assertTrue(notice.contains("corrupt.db"), "names the file it could not use: " + notice);
        assertNotNull(viewModel.workspace().workspaceProperty().get(), "experiments are still recorded this session");
        assertEquals(new String(before), Files.readString(file), "the user's file is untouched");
        robot.clickOn("#history-tab .tab-label");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#history-notice").query().isVisible(), "the History tab says so");
        Screenshots.write(view, "history-temporary-workspace.png");
    }

    @Test
    void tenThousandExperimentsAreListedAndScrolledWithoutBlockingTheUiThread(FxRobot robot) throws Exception {
        WorkbenchViewModel viewModel = workbench(dir.resolve("big.db"));
        WorkbenchView view = show(robot, viewModel);
        robot.clickOn("#history-tab .tab-label");
        robot.clickOn("#history-all-models");
        List<ExperimentRow> rows = new ArrayList<>();
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        String parent = null;
        for (int i = 0; i < 10_000; i++) {
            boolean original = i % 10 == 0;
            String id = String.format("%08d-0000-4000-8000-000000000000", i);
            rows.add(new ExperimentRow(id, base.plusSeconds(10_000 - i), original ? "original" : "variant " + i,
                    original ? null : parent, "model-" + i / 10, String.format("%064d", i / 10), 1_000_000 + i,
                    1.0 + i % 7, "top-1 accuracy", 0.9));
            parent = original ? id : parent;
        }
        HistoryViewModel history = viewModel.history();
        long worst = 0;
        robot.interact(() -> history.all().setAll(rows));
        TreeTableView<ExperimentRow> tree = view.historyView().tree();
        assertEquals(1_000, tree.getRoot().getChildren().size(), "1,000 originals, nine variants under each");
        for (int at = 0; at < 10_000; at += 500) {
            int row = at;
            javafx.application.Platform.runLater(() -> tree.scrollTo(row));
            worst = Math.max(worst, WindowDriver.pingFxThreadMillis());
        }
        assertTrue(worst < 1000, "UI thread blocked for " + worst + " ms while scrolling 10,000 experiments");
        robot.interact(() -> history.filterProperty().set("variant 9999"));
        assertEquals(2, treeRows(tree), "the match and the original it was made from");
        assertFalse(tree.getRoot().getChildren().isEmpty());
    }

    /** @return rows in the tree, at every depth */
    private static int treeRows(TreeTableView<ExperimentRow> tree) {
        return tree.getRoot() == null ? 0 : count(tree.getRoot()) - 1;
    }

    private static int count(javafx.scene.control.TreeItem<ExperimentRow> item) {
        int n = 1;
        for (var child : item.getChildren()) {
            n += count(child);
        }
        return n;
    }
}
