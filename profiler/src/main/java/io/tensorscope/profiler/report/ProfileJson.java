package io.tensorscope.profiler.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.cost.NodeCost;
import io.tensorscope.profiler.ceilings.CeilingsJson;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.roofline.Roofline;
import io.tensorscope.profiler.roofline.RooflinePoint;
import io.tensorscope.profiler.stats.Percentiles;
import io.tensorscope.profiler.timing.KernelTiming;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.NodeTiming;
import io.tensorscope.profiler.timing.OpTypeTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code profile} JSON document (DESIGN.md): device, threads, runs, {@code latency_ms}, the ceilings, then
 * {@code kernels} (what ran, with roofline placement), {@code nodes} (the user's nodes with attributed time)
 * and {@code op_types}. Times in µs unless the key says ms; shares are fractions 0..1.
 */
public final class ProfileJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProfileJson() {
    }

    /** @return the document for a profile, its ceilings, its roofline points and the model's cost analysis */
    public static ObjectNode toJson(ModelProfile profile, MachineCeilings ceilings, List<RooflinePoint> points,
                                    ModelAnalysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("model", profile.modelName());
        root.put("device", profile.device());
        root.put("threads", profile.settings().threads());
        root.put("runs", profile.settings().runs());
        root.put("warmup_runs", profile.settings().warmupRuns());
        root.put("optimization", profile.settings().optimization().name().toLowerCase(Locale.ROOT));
        root.set("latency_ms", percentiles(profile.latencyMillis()));
        root.set("profiled_latency_ms", percentiles(profile.profiledMillis()));
        root.put("profiler_overhead", profile.profilerOverhead());
        root.put("memory_bound_share", Roofline.memoryBoundShare(points));
        root.put("removed_nodes", profile.removedNodeCount());
        root.set("ceilings", CeilingsJson.toJson(ceilings));
        Map<String, RooflinePoint> pointOf = new HashMap<>();
        points.forEach(p -> pointOf.put(p.kernel(), p));
        ArrayNode kernels = root.putArray("kernels");
        for (KernelTiming k : profile.kernels()) {
            ObjectNode o = kernels.addObject();
            o.put("name", k.kernel()).put("op_type", k.opType());
            o.put("median_us", k.micros().median()).put("p10_us", k.micros().p10()).put("p90_us", k.micros().p90());
            o.put("share", k.share()).put("flops", k.flops()).put("bytes", k.bytesMoved());
            o.put("intensity", k.arithmeticIntensity());
            o.put("achieved_gflops", k.achievedGflops()).put("achieved_gbps", k.achievedGbps());
            RooflinePoint p = pointOf.get(k.kernel());
            if (p != null) {
                o.put("bound", p.bound().key()).put("roof_level", p.level().key())
                        .put("attainable_gflops", p.attainableGflops()).put("fraction_of_attainable", p.fractionOfAttainable());
            }
            ArrayNode covers = o.putArray("covers");
            k.nodes().forEach(i -> covers.add(analysis.nodes().get(i).name()));
        }
        ArrayNode nodes = root.putArray("nodes");
        for (NodeTiming n : profile.nodes()) {
            NodeCost cost = analysis.nodes().get(n.index());
            ObjectNode o = nodes.addObject();
            o.put("name", n.name()).put("op_type", n.opType()).put("median_us", n.medianMicros()).put("share", n.share());
            o.put("kernel", n.removed() ? null : n.kernel());
            o.put("flops", cost.flops()).put("bytes", cost.bytesMoved());
            o.put("achieved_gflops", n.medianMicros() > 0 ? cost.flops() / (n.medianMicros() * 1e3) : 0);
            o.put("achieved_gbps", n.medianMicros() > 0 ? cost.bytesMoved() / (n.medianMicros() * 1e3) : 0);
            RooflinePoint p = n.removed() ? null : pointOf.get(n.kernel());
            o.put("bound", p == null ? null : p.bound().key());
        }
        ArrayNode opTypes = root.putArray("op_types");
        for (OpTypeTime t : OpTypeTime.of(profile)) {
            opTypes.addObject().put("op_type", t.opType()).put("kernels", t.kernels()).put("median_us", t.medianMicros())
                    .put("share", t.share()).put("flops", t.flops());
        }
        return root;
    }

    private static ObjectNode percentiles(Percentiles p) {
        return MAPPER.createObjectNode().put("median", p.median()).put("p10", p.p10()).put("p90", p.p90());
    }
}
