package io.tensorscope.app.workbench.graph;

import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.app.workbench.task.TaskStatus;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.layout.BoxKind;
import io.tensorscope.profiler.layout.GraphLayout;
import io.tensorscope.profiler.layout.LayoutCache;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The graph view-model on the inline executor: search, hiding constants, terminal boxes, edge labels. */
class GraphViewModelTest {

    private static GraphViewModel graphOf(Model model) throws Exception {
        GraphViewModel graph = new GraphViewModel(new InlineTaskExecutor(), new TaskStatus(), new LayoutCache());
        graph.layOut(new LoadedModel(model, ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE)));
        return graph;
    }

    /** x → Reshape(x, Constant shape) → Add(·, Neg(weight)) → y: two of four nodes compute constants only. */
    private static Model withConstants() {
        GraphBuilder b = GraphBuilder.create("constants");
        b.input("x", ElementType.FLOAT, 2, 2);
        b.initializer("w", new float[] {1, 2, 3, 4}, 4);
        b.constantInts("shape", 1, 4);
        b.node("Neg", "w").name("negate_weight").outputs("negw");
        b.node("Reshape", "x", "shape").name("flatten").outputs("flat");
        b.node("Add", "flat", "negw").name("shift").outputs("y");
        b.output("y", ElementType.FLOAT);
        return b.build();
    }

    @Test
    void hidingConstantsLeavesOutExactlyTheConstantNodes() throws Exception {
        GraphViewModel graph = graphOf(withConstants());
        assertEquals(2, graph.constantNodeCount(), "the Constant and the Neg of a weight");
        assertTrue(graph.hideConstantsProperty().get(), "on by default: constants are half the nodes");
        GraphLayout hidden = graph.layoutProperty().get();
        assertEquals(2, hidden.nodeBoxCount());
        assertEquals(-1, hidden.boxOf(0), "the Constant has no box");
        graph.hideConstantsProperty().set(false);
        GraphLayout all = graph.layoutProperty().get();
        assertEquals(4, all.nodeBoxCount());
        assertEquals(all.nodeBoxCount() - graph.constantNodeCount(), hidden.nodeBoxCount());
    }

    @Test
    void inputsAndOutputsAreDrawnAsTerminalsAndEdgesCarryShapes() throws Exception {
        GraphViewModel graph = graphOf(withConstants());
        GraphLayout layout = graph.layoutProperty().get();
        assertEquals(2 + 2, layout.boxCount(), "two nodes, input x, output y");
        assertEquals(BoxKind.INPUT, layout.kind(2));
        assertEquals("x", layout.name(2));
        assertEquals(BoxKind.OUTPUT, layout.kind(3));
        assertEquals("y", layout.name(3));
        assertEquals("2×2", graph.edgeLabel("x"));
        assertEquals("1×4", graph.edgeLabel("flat"));
        graph.selectAt(layout.centerX(2), layout.centerY(2));
        assertEquals(-1, graph.selectedIndexProperty().get(), "an input box selects no node");
    }

    @Test
    void searchMatchesNamesAndOpTypesAndEnterCyclesThroughTheMatches() throws Exception {
        Model mnist = new ModelSource().open("mnist-cnn", ProgressListener.NONE);
        GraphViewModel graph = graphOf(mnist);
        List<NodeCost> nodes = ModelAnalyzer.analyze(mnist, InputSizes.defaults(), ProgressListener.NONE).nodes();

        graph.searchTextProperty().set("MAXPOOL");
        List<Integer> pools = nodes.stream().filter(n -> n.opType().equals("MaxPool")).map(NodeCost::index).toList();
        assertFalse(pools.isEmpty());
        assertEquals(pools, graph.searchMatches(), "by op type, ignoring case");
        assertEquals(pools.get(0), graph.selectedIndexProperty().get(), "the first match is selected");

        graph.searchTextProperty().set("relu");
        List<Integer> relus = nodes.stream().filter(n -> n.name().toLowerCase(Locale.ROOT).contains("relu")
                || n.opType().toLowerCase(Locale.ROOT).contains("relu")).map(NodeCost::index).toList();
        assertTrue(relus.size() >= 2, "mnist-cnn has several ReLUs");
        assertEquals(relus, graph.searchMatches());
        int requests = graph.centreRequestsProperty().get();
        for (int step = 1; step <= relus.size(); step++) {
            graph.nextMatch();
            assertEquals(relus.get(step % relus.size()), graph.selectedIndexProperty().get(), "step " + step);
        }
        assertEquals(0, graph.matchPositionProperty().get(), "back at the first after a full cycle");
        assertEquals(requests + relus.size(), graph.centreRequestsProperty().get(), "each step centres its node");

        String name = nodes.get(pools.get(0)).name();
        graph.searchTextProperty().set(name);
        List<Integer> named = nodes.stream().filter(n -> n.name().toLowerCase(Locale.ROOT)
                .contains(name.toLowerCase(Locale.ROOT))).map(NodeCost::index).toList();
        assertEquals(named, graph.searchMatches(), "by name: " + name);
        assertEquals(pools.get(0), graph.selectedIndexProperty().get());
        graph.searchTextProperty().set("no-such-node");
        assertTrue(graph.searchMatches().isEmpty());
        assertEquals(-1, graph.matchPositionProperty().get());
    }
}
