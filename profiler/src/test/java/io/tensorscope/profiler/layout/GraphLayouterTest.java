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

class GraphLayouterTest {

    private static List<NodeCost> chain(int nodes) throws TensorscopeException {
        return ModelAnalyzer.analyze(SyntheticGraphs.chain(nodes), InputSizes.defaults(), ProgressListener.NONE).nodes();
    }

    @Test
    void producersSitAboveTheirConsumersAndEachBoxIsFoundAtItsCentre() throws Exception {
        List<NodeCost> nodes = chain(10);
        GraphLayout layout = GraphLayouter.layout(nodes, ProgressListener.NONE);
        assertEquals(nodes.size(), layout.nodeCount());
        for (int i = 1; i < nodes.size(); i++) {
            assertTrue(layout.y(i - 1) < layout.y(i), "node " + (i - 1) + " is above node " + i);
        }
        for (int i = 0; i < nodes.size(); i++) {
            assertEquals(nodes.get(i).opType(), layout.opType(i));
            assertEquals(GraphLayouter.NODE_HEIGHT_PX, layout.height(i));
            assertEquals(i, layout.nodeAt(layout.centerX(i), layout.centerY(i)));
        }
        assertTrue(layout.edges().size() >= nodes.size() - 1, "every node is joined to the next");
        assertEquals(-1, layout.nodeAt(-1, -1));
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
        GraphLayout first = cache.layout(chain(8), ProgressListener.NONE);
        assertSame(first, cache.layout(chain(8), ProgressListener.NONE));
        assertEquals(9, cache.layout(chain(9), ProgressListener.NONE).nodeCount());
    }
}
