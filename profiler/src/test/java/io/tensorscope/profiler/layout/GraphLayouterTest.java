package io.tensorscope.profiler.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.engine.model.SyntheticGraphs;
import io.tensorscope.engine.shape.InputSizes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

class GraphLayouterTest {

    private static List<NodeCost> chain(int nodes) throws TensorscopeException {
        return ModelAnalyzer.analyze(SyntheticGraphs.chain(nodes), InputSizes.defaults(), ProgressListener.NONE).nodes();
    }

    @Test
    void producersSitAboveTheirConsumersAndEachBoxIsFoundAtItsCentre() throws Exception {
        List<NodeCost> nodes = chain(10);
        GraphLayout layout = GraphLayouter.layout(nodes, ProgressListener.NONE);
        assertEquals(nodes.size(), layout.boxCount());
        for (int i = 1; i < nodes.size(); i++) {
            assertTrue(layout.y(i - 1) < layout.y(i), "node " + (i - 1) + " is above node " + i);
        }
        for (int i = 0; i < nodes.size(); i++) {
            assertEquals(nodes.get(i).opType(), layout.label(i));
            assertEquals(i, layout.nodeIndex(i));
            assertEquals(i, layout.boxOf(i));
            assertEquals(GraphLayouter.NODE_HEIGHT_PX, layout.height(i));
            assertEquals(i, layout.boxAt(layout.centerX(i), layout.centerY(i)));
        }
        assertTrue(layout.edges().size() >= nodes.size() - 1, "every node is joined to the next");
        assertEquals(-1, layout.boxAt(-1, -1));
    }

    @Test
    void inputsAndOutputsAreTerminalBoxesAndHiddenNodesHaveNone() throws Exception {
        List<NodeCost> nodes = chain(8);
        String last = nodes.get(7).outputs().get(0);
        GraphLayout layout = GraphLayouter.layout(new LayoutRequest(nodes, List.of("x"), List.of(last), Set.of(1)),
                ProgressListener.NONE);
        assertEquals(7 + 2, layout.boxCount());
        assertEquals(7, layout.nodeBoxCount());
        assertEquals(-1, layout.boxOf(1));
        int input = 7;
        int output = 8;
        assertEquals(BoxKind.INPUT, layout.kind(input));
        assertEquals("x", layout.name(input));
        assertEquals(-1, layout.nodeIndex(input));
        assertEquals(BoxKind.OUTPUT, layout.kind(output));
        assertTrue(layout.y(input) < layout.y(layout.boxOf(0)), "the input sits above the first node");
        assertTrue(layout.y(output) > layout.y(layout.boxOf(7)), "the output sits below the last node");
        assertTrue(layout.edges().stream().anyMatch(e -> e.tensor().equals("x")), "an edge carries x");
        assertTrue(layout.edges().stream().anyMatch(e -> e.tensor().equals(last)), "an edge carries the output");
        assertTrue(layout.edges().stream().noneMatch(e -> nodes.get(1).outputs().contains(e.tensor())),
                "no edge leaves the hidden node");
    }

    @Test
    void cancelledLayoutThrowsCancelled() throws Exception {
        List<NodeCost> nodes = chain(4);
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void onProgress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> GraphLayouter.layout(nodes, cancelled));
        assertEquals(ErrorCode.CANCELLED, e.code());
    }

    @Test
    void cacheLaysOutEachStructureOnce() throws Exception {
        LayoutCache cache = new LayoutCache();
        GraphLayout first = cache.layout(LayoutRequest.of(chain(8)), ProgressListener.NONE);
        assertSame(first, cache.layout(LayoutRequest.of(chain(8)), ProgressListener.NONE));
        assertEquals(9, cache.layout(LayoutRequest.of(chain(9)), ProgressListener.NONE).boxCount());
    }
}
