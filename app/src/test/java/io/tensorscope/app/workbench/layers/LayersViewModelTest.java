package io.tensorscope.app.workbench.layers;

import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.profile.ProfileRun;
import io.tensorscope.app.workbench.profile.ProfileViewModel;
import io.tensorscope.app.workbench.shared.InputSizesText;
import io.tensorscope.app.workbench.shared.Quantities;
import io.tensorscope.app.workbench.summary.Fact;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layer table follows the sizes of the profile shown (the bundled MNIST CNN profiled at batch 1 and at batch 2,
 * for real, on the inline executor), and takes sizes of its own: FLOPs and µs always come from the same sizes.
 */
class LayersViewModelTest {

    private static final ModelSource SOURCE = new ModelSource();

    private static WorkbenchViewModel workbench;
    private static LayersViewModel layers;
    private static ProfileViewModel profile;
    private static Model model;
    private static String input;

    @BeforeAll
    static void profileMnistCnnAtBatchOneAndTwo() {
        workbench = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor(), FixedCeilings.source());
        workbench.openBundled(SOURCE.bundledModels().stream().filter(a -> a.id().equals("mnist-cnn")).findFirst()
                .orElseThrow());
        assertNull(workbench.errorProperty().get());
        layers = workbench.layers();
        profile = workbench.profile();
        model = workbench.currentProperty().get().model();
        input = model.inputs().get(0).name();
        profile.threadsProperty().set(1);
        profile.warmupRunsProperty().set(1);
        profile.runsProperty().set(2);
        profile.run();
        profile.inputSizesProperty().set(batch(2));
        profile.run();
        assertNull(profile.failureProperty().get(), () -> "profile failed: " + profile.failureProperty().get());
        assertEquals(2, profile.profiles().size());
    }

    private static String batch(int n) {
        return input + "=" + n + "x28x28x1";
    }

    private static ModelAnalysis analysisAt(String sizes) throws Exception {
        return ModelAnalyzer.analyze(model, InputSizesText.parse(sizes), ProgressListener.NONE);
    }

    private static List<Long> shownFlops() {
        return layers.rows().stream().map(LayerRow::flops).toList();
    }

    private static List<Long> flops(ModelAnalysis analysis) {
        return analysis.nodes().stream().map(n -> n.costKnown() ? n.flops() : null).toList();
    }

    private static String summaryFlops() {
        return workbench.summary().facts().stream().filter(f -> f.label().equals("FLOPs")).map(Fact::value)
                .findFirst().orElseThrow();
    }

    @Test
    void thePromptNamesTheModelsOwnInputsAtTheirDefaultSizes() {
        assertEquals(batch(1), layers.inputSizesPromptProperty().get());
    }

    @Test
    void afterSelectingAProfileAtOtherSizesTheFlopsAreThoseOfAnAnalysisAtThoseSizes() throws Exception {
        ProfileRun atTwo = profile.profiles().get(1);
        profile.activeProperty().set(profile.profiles().get(0));
        profile.activeProperty().set(atTwo);
        ModelAnalysis two = analysisAt(batch(2));
        assertEquals(flops(two), shownFlops(), "FLOPs at batch 2 beside µs measured at batch 2");
        assertNotEquals(flops(workbench.currentProperty().get().analysis()), shownFlops());
        assertEquals(batch(2), layers.inputSizesProperty().get(), "the field shows the profile's sizes");
        assertEquals(Quantities.flops(two.totals().flops()), summaryFlops().replace(" (known nodes only)", ""));
        assertTrue(layers.rows().stream().anyMatch(r -> r.medianMicros() != null), "its timings are shown");
        assertNull(layers.timingsNoteProperty().get());

        profile.activeProperty().set(profile.profiles().get(0));
        assertEquals(flops(workbench.currentProperty().get().analysis()), shownFlops(), "back to the default sizes");
        assertEquals("", layers.inputSizesProperty().get());
        assertTrue(layers.rows().stream().anyMatch(r -> r.medianMicros() != null));
    }

    @Test
    void sizesTypedInTheLayersViewHideTimingsMeasuredAtOtherSizes() throws Exception {
        profile.activeProperty().set(profile.profiles().get(0));
        profile.activeProperty().set(profile.profiles().get(1));
        layers.inputSizesProperty().set(batch(3));
        layers.applyInputSizes();
        assertEquals(flops(analysisAt(batch(3))), shownFlops());
        assertTrue(layers.rows().stream().allMatch(r -> r.medianMicros() == null), "µs at batch 2 are not batch 3's");
        assertTrue(layers.timingsNoteProperty().get().contains(batch(2)), layers.timingsNoteProperty().get());

        layers.inputSizesProperty().set(batch(2));
        layers.applyInputSizes();
        assertTrue(layers.rows().stream().anyMatch(r -> r.medianMicros() != null), "at the profile's sizes again");
        assertNull(layers.timingsNoteProperty().get());

        layers.inputSizesProperty().set(input + "=2x28");
        assertNull(layers.inputSizesErrorProperty().get(), "it parses");
        layers.applyInputSizes();
        assertTrue(layers.inputSizesErrorProperty().get().contains("4 dimensions"), layers.inputSizesErrorProperty().get());
        assertEquals(flops(analysisAt(batch(2))), shownFlops(), "sizes the model refuses change nothing");
        layers.inputSizesProperty().set(input + "=two");
        assertTrue(layers.inputSizesErrorProperty().get().contains("expected NAME=D1xD2"), "one line, at once");
        NodeCost first = workbench.currentProperty().get().analysis().nodes().get(0);
        assertEquals(first.name(), layers.rows().get(0).name());
    }
}
