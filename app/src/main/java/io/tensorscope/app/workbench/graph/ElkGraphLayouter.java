package io.tensorscope.app.workbench.graph;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.cost.NodeCost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a model out top-down with the Eclipse Layout Kernel's layered (Sugiyama) algorithm. Blocking
 * and recursive: call it on a thread with a large stack (ELK overflows the default one near 10,000 nodes).
 */
public final class ElkGraphLayouter {

    /** Box width of a node, layout units. */
    public static final double NODE_WIDTH = 150;
    /** Box height of a node, layout units. */
    public static final double NODE_HEIGHT = 34;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private ElkGraphLayouter() {
    }

    /**
     * @param nodes the model's nodes in graph order (edges follow tensors from producer to consumers)
     * @return positions of every node and edge
     * @throws TensorscopeException {@code CANCELLED} if cancelled before the layout starts
     */
    public static GraphLayout layout(List<NodeCost> nodes, ProgressListener progress) throws TensorscopeException {
        progress.onProgress(-1, "laying out " + nodes.size() + " nodes");
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 24.0);
        List<ElkNode> elkNodes = new ArrayList<>(nodes.size());
        Map<String, Integer> producer = new HashMap<>();
        for (NodeCost n : nodes) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setDimensions(NODE_WIDTH, NODE_HEIGHT);
            elkNodes.add(e);
            n.outputs().forEach(o -> producer.put(o, n.index()));
        }
        List<int[]> pairs = new ArrayList<>();
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (NodeCost n : nodes) {
            for (String input : n.inputs().stream().distinct().toList()) {
                Integer from = producer.get(input);
                if (from != null) {
                    elkEdges.add(ElkGraphUtil.createSimpleEdge(elkNodes.get(from), elkNodes.get(n.index())));
                    pairs.add(new int[] {from, n.index()});
                }
            }
        }
        progress.checkCancelled();
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        List<GraphLayout.Box> boxes = elkNodes.stream()
                .map(e -> new GraphLayout.Box(e.getX(), e.getY(), e.getWidth(), e.getHeight())).toList();
        List<GraphLayout.Edge> edges = new ArrayList<>(elkEdges.size());
        for (int i = 0; i < elkEdges.size(); i++) {
            edges.add(new GraphLayout.Edge(pairs.get(i)[0], pairs.get(i)[1], points(elkEdges.get(i))));
        }
        return new GraphLayout(boxes, edges, root.getWidth(), root.getHeight());
    }

    private static double[] points(ElkEdge edge) {
        if (edge.getSections().isEmpty()) {
            return new double[0];
        }
        ElkEdgeSection s = edge.getSections().get(0);
        double[] p = new double[4 + 2 * s.getBendPoints().size()];
        int k = 0;
        p[k++] = s.getStartX();
        p[k++] = s.getStartY();
        for (ElkBendPoint b : s.getBendPoints()) {
            p[k++] = b.getX();
            p[k++] = b.getY();
        }
        p[k++] = s.getEndX();
        p[k] = s.getEndY();
        return p;
    }
}
