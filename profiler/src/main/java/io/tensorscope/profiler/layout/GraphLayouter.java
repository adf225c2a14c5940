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
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Lays a model's nodes (and, when asked, its inputs and outputs) out top-down with ELK's layered algorithm. Headless (no JavaFX). Blocking and deeply
 * recursive on big graphs: call it on a thread with a large stack (ELK overflows the default stack near 10,000
 * nodes).
 */
public final class GraphLayouter {

    /** Height of a node box, pixels at zoom 1. */
    public static final double NODE_HEIGHT_PX = 30;
    private static final double CHAR_WIDTH_PX = 7.5;
    private static final double MIN_NODE_WIDTH_PX = 64;
    /** Height of a graph input or output box, pixels at zoom 1. */
    public static final double TERMINAL_HEIGHT_PX = 22;
    private static final double TERMINAL_CHAR_WIDTH_PX = 6.5;
    private static final double MAX_TERMINAL_WIDTH_PX = 220;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private GraphLayouter() {
    }

    /**
     * @param nodes    the model's nodes in graph order; an edge joins a node producing a tensor to each consumer
     * @param progress cancellation is checked before and after the layout
     * @return node boxes (box {@code i} is node {@code i}) and edge polylines
     * @throws TensorscopeException {@code CANCELLED} if cancelled
     */
    public static GraphLayout layout(List<NodeCost> nodes, ProgressListener progress) throws TensorscopeException {
        return layout(LayoutRequest.of(nodes), progress);
    }

    /**
     * @param request  the nodes, the graph inputs and outputs to draw, the nodes to hide
     * @param progress cancellation is checked before and after the layout
     * @return boxes (shown nodes in graph order, then inputs, then outputs) and edge polylines
     * @throws TensorscopeException {@code CANCELLED} if cancelled
     */
    public static GraphLayout layout(LayoutRequest request, ProgressListener progress) throws TensorscopeException {
        long start = System.nanoTime();
        List<NodeCost> nodes = request.nodes();
        List<NodeCost> shown = nodes.stream().filter(n -> !request.hidden().contains(n.index())).toList();
        progress.onProgress(-1, "laying out " + shown.size() + " nodes");
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        int boxCount = shown.size() + request.inputs().size() + request.outputs().size();
        GraphLayout.Boxes boxes = new GraphLayout.Boxes(boxCount);
        ElkNode[] elkNodes = new ElkNode[boxCount];
        Map<String, Integer> producers = new HashMap<>();
        int box = 0;
        for (NodeCost node : shown) {
            elkNodes[box] = box(root, boxes, box, BoxKind.NODE, node.index(), node.opType(), node.name(),
                    Math.max(MIN_NODE_WIDTH_PX, node.opType().length() * CHAR_WIDTH_PX + 20), NODE_HEIGHT_PX);
            for (String out : node.outputs()) {
                producers.put(out, box);
            }
            box++;
        }
        for (String input : request.inputs()) {
            elkNodes[box] = terminal(root, boxes, box, BoxKind.INPUT, input);
            producers.putIfAbsent(input, box++);
        }
        Map<ElkEdge, String> tensors = new IdentityHashMap<>();
        for (int consumer = 0; consumer < shown.size(); consumer++) {
            for (String input : new LinkedHashSet<>(shown.get(consumer).inputs())) {
                Integer producer = producers.get(input);
                if (producer != null && producer != consumer) {
                    tensors.put(ElkGraphUtil.createSimpleEdge(elkNodes[producer], elkNodes[consumer]), input);
                }
            }
        }
        for (String output : request.outputs()) {
            elkNodes[box] = terminal(root, boxes, box, BoxKind.OUTPUT, output);
            Integer producer = producers.get(output);
            if (producer != null) {
                tensors.put(ElkGraphUtil.createSimpleEdge(elkNodes[producer], elkNodes[box]), output);
            }
            box++;
        }
        progress.checkCancelled();
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        progress.checkCancelled();
        for (int i = 0; i < boxCount; i++) {
            boxes.x[i] = elkNodes[i].getX();
            boxes.y[i] = elkNodes[i].getY();
        }
        return new GraphLayout(boxes, nodes.size(), edges(root, tensors), root.getWidth(), root.getHeight(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static ElkNode terminal(ElkNode root, GraphLayout.Boxes boxes, int box, BoxKind kind, String tensor) {
        double width = Math.min(MAX_TERMINAL_WIDTH_PX, Math.max(MIN_NODE_WIDTH_PX, tensor.length() * TERMINAL_CHAR_WIDTH_PX + 20));
        return box(root, boxes, box, kind, -1, tensor, tensor, width, TERMINAL_HEIGHT_PX);
    }

    private static ElkNode box(ElkNode root, GraphLayout.Boxes boxes, int box, BoxKind kind, int node, String label,
                               String name, double width, double height) {
        ElkNode elk = ElkGraphUtil.createNode(root);
        elk.setDimensions(width, height);
        boxes.width[box] = width;
        boxes.height[box] = height;
        boxes.kinds[box] = kind;
        boxes.nodes[box] = node;
        boxes.labels[box] = label;
        boxes.names[box] = name;
        return elk;
    }

    private static List<LayoutEdge> edges(ElkNode root, Map<ElkEdge, String> tensors) {
        List<LayoutEdge> edges = new ArrayList<>();
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
                edges.add(LayoutEdge.of(points, tensors.get(edge)));
            }
        }
        return edges;
    }
}
