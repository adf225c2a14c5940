package io.tensorscope.profiler.layout;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.cost.NodeCost;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a model's nodes out top-down with ELK's layered algorithm. Headless (no JavaFX). Blocking and deeply
 * recursive on big graphs: call it on a thread with a large stack (ELK overflows the default stack near 10,000
 * nodes).
 */
public final class GraphLayouter {

    /** Height of a node box, pixels at zoom 1. */
    public static final double NODE_HEIGHT_PX = 30;
    private static final double CHAR_WIDTH_PX = 7.5;
    private static final double MIN_NODE_WIDTH_PX = 64;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private GraphLayouter() {
    }

    /**
     * @param nodes    the model's nodes in graph order; an edge joins a node producing a tensor to each consumer
     * @param progress cancellation is checked before and after the layout
     * @return node boxes and edge polylines
     * @throws TensorscopeException {@code CANCELLED} if cancelled
     */
    public static GraphLayout layout(List<NodeCost> nodes, ProgressListener progress) throws TensorscopeException {
        long start = System.nanoTime();
        progress.onProgress(-1, "laying out " + nodes.size() + " nodes");
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        ElkNode[] elkNodes = new ElkNode[nodes.size()];
        Map<String, Integer> producers = new HashMap<>();
        for (NodeCost node : nodes) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setDimensions(Math.max(MIN_NODE_WIDTH_PX, node.opType().length() * CHAR_WIDTH_PX + 20), NODE_HEIGHT_PX);
            elkNodes[node.index()] = elk;
            node.outputs().forEach(out -> producers.put(out, node.index()));
        }
        for (NodeCost node : nodes) {
            for (String input : node.inputs()) {
                Integer producer = producers.get(input);
                if (producer != null && producer != node.index()) {
                    ElkGraphUtil.createSimpleEdge(elkNodes[producer], elkNodes[node.index()]);
                }
            }
        }
        progress.checkCancelled();
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        progress.checkCancelled();
        return toLayout(nodes, elkNodes, root, (System.nanoTime() - start) / 1_000_000);
    }

    private static GraphLayout toLayout(List<NodeCost> nodes, ElkNode[] elkNodes, ElkNode root, long millis) {
        int n = elkNodes.length;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        String[] opTypes = new String[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = elkNodes[i].getX();
            y[i] = elkNodes[i].getY();
            w[i] = elkNodes[i].getWidth();
            h[i] = elkNodes[i].getHeight();
            opTypes[i] = nodes.get(i).opType();
            names[i] = nodes.get(i).name();
        }
        List<double[]> edges = new ArrayList<>();
        for (ElkEdge edge : root.getContainedEdges()) {
            for (ElkEdgeSection section : edge.getSections()) {
                double[] points = new double[4 + 2 * section.getBendPoints().size()];
                int k = 0;
                points[k++] = section.getStartX();
                points[k++] = section.getStartY();
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points[k++] = bend.getX();
                    points[k++] = bend.getY();
                }
                points[k++] = section.getEndX();
                points[k] = section.getEndY();
                edges.add(points);
            }
        }
        return new GraphLayout(x, y, w, h, opTypes, names, edges, root.getWidth(), root.getHeight(), millis);
    }
}
