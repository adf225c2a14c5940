package io.tensorscope.app.workbench.summary;

import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.assets.BundledAsset;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.importer.ModelSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The node panel's records on the bundled MNIST CNN: a Conv's attributes, tensors, weight and neighbours. */
class NodeDetailsViewModelTest {

    private static final ModelSource SOURCE = new ModelSource();
    private static WorkbenchViewModel workbench;
    private static NodeCost conv;

    @BeforeAll
    static void openMnistCnn() {
        workbench = new WorkbenchViewModel(SOURCE, new InlineTaskExecutor());
        BundledAsset mnist = SOURCE.bundledModels().stream().filter(a -> a.id().equals("mnist-cnn")).findFirst()
                .orElseThrow();
        workbench.openBundled(mnist);
        assertNull(workbench.errorProperty().get());
        conv = workbench.currentProperty().get().analysis().nodes().stream().filter(n -> n.opType().equals("Conv"))
                .findFirst().orElseThrow();
    }

    private static NodeDetails details(int index) {
        return workbench.nodeDetails().details(index).orElseThrow();
    }

    @Test
    void aConvShowsItsAttributesReadably() {
        Map<String, String> attributes = details(conv.index()).attributes().stream()
                .collect(Collectors.toMap(Fact::label, Fact::value));
        assertEquals("[1, 1]", attributes.get("strides"));
        assertEquals("[1, 1]", attributes.get("dilations"));
        assertTrue(attributes.get("kernel_shape").matches("\\[\\d, \\d]"), attributes.get("kernel_shape"));
        assertEquals("VALID", attributes.get("auto_pad"));
    }

    @Test
    void aConvShowsItsInputShapeAndItsWeightWithItsShape() {
        NodeDetails details = details(conv.index());
        assertEquals("Conv", details.opType());
        TensorRow data = details.inputs().get(0);
        assertEquals("float [1 × 1 × 28 × 28]", data.typeAndShape(), "the image, channels first, batch 1");
        assertEquals(TensorRole.ACTIVATION, data.role());
        assertEquals(1, data.links().size(), "one producer");
        assertEquals("Transpose", data.links().get(0).opType(), "the NHWC → NCHW transpose feeds the first Conv");
        TensorRow weight = details.inputs().get(1);
        assertEquals(TensorRole.WEIGHT, weight.role());
        assertTrue(weight.typeAndShape().matches("float \\[\\d+ × 1 × \\d × \\d]"), weight.typeAndShape());
        assertTrue(weight.links().isEmpty(), "a weight has no producer");
        assertEquals(conv.name() + "/kernel", weight.name());
    }

    @Test
    void outputsLinkToTheirConsumersAndFollowingALinkSelectsIt() {
        NodeDetails details = details(conv.index());
        TensorRow out = details.outputs().get(0);
        assertEquals(conv.outputs().get(0), out.name());
        assertTrue(out.typeAndShape().matches("float \\[1 × \\d+ × \\d+ × \\d+]"), out.typeAndShape());
        assertEquals(1, out.links().size());
        NodeLink consumer = out.links().get(0);
        assertEquals("Relu", consumer.opType());
        assertEquals(conv.name() + "/relu", consumer.name());
        workbench.nodeDetails().follow(consumer);
        assertEquals(consumer.index(), workbench.layers().selectedIndexProperty().get());
        assertEquals(consumer.index(), workbench.graph().selectedIndexProperty().get(), "the graph follows");
        NodeDetails shown = workbench.nodeDetails().shownProperty().get();
        assertEquals(consumer.index(), shown.index());
        assertEquals(List.of(new NodeLink(conv.index(), conv.name(), "Conv")), shown.inputs().get(0).links(),
                "the Relu links back to its Conv");
    }

    @Test
    void costFactsStayAndNoKernelBeforeProfiling() {
        NodeDetails details = details(conv.index());
        Map<String, String> cost = details.cost().stream().collect(Collectors.toMap(Fact::label, Fact::value));
        assertEquals(String.format("%,d", conv.flops()), cost.get("FLOPs"));
        assertEquals(String.format("%,d", conv.params()), cost.get("Params"));
        assertFalse(details.kernel().isPresent());
        assertTrue(workbench.nodeDetails().details(-1).isEmpty());
    }

    @Test
    void attributeTextFormatsNumbersWithoutNoise() {
        assertEquals("1", AttributeText.number(1f));
        assertEquals("0.5", AttributeText.number(0.5f));
        assertEquals("1e-5", AttributeText.number(1e-5f));
        assertEquals("0.001", AttributeText.number(0.001f));
        assertEquals("3.4028235e+38", AttributeText.number(Float.MAX_VALUE));
    }
}
