package io.tensorscope.profiler.report.gain;

import io.tensorscope.engine.model.NameExtensions;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.MemoryLevel;
import io.tensorscope.profiler.ceilings.Precision;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.experiment.LayerMeasure;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import io.tensorscope.profiler.roofline.Roofline;
import io.tensorscope.profiler.roofline.RooflinePoint;
import io.tensorscope.profiler.timing.KernelTiming;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Per-layer before/after tables and before/after rooflines of a candidate against the baseline. A candidate node
 * serves the baseline layer its provenance names ({@link LayerMeasure#origin()}), else the layer of its own name, else
 * the layer whose name it extends by {@code _suffix} (the way other tools name what they add: ONNX Runtime's quantizer
 * turns {@code X} into {@code X_quant}). A baseline layer no candidate node serves is listed apart, never counted as
 * time saved.
 */
final class LayerTables {

    /** Kernels listed as having moved on a roofline. */
    private static final int MOVES = 10;

    private LayerTables() {
    }

    static LayerTable of(String candidate, MeasuredDetail before, MeasuredDetail after, MachineCeilings ceilings) {
        Map<String, String> boundBefore = bounds(before, ceilings);
        Map<String, String> boundAfter = bounds(after, ceilings);
        Set<String> baseNames = names(before);
        Map<String, List<LayerMeasure>> serving = serving(after, baseNames);
        List<LayerTable.Row> rows = new ArrayList<>();
        List<String> onlyInBaseline = new ArrayList<>();
        for (LayerMeasure b : before.layers()) {
            List<LayerMeasure> nodes = serving.getOrDefault(b.name(), List.of());
            if (nodes.isEmpty()) {
                onlyInBaseline.add(b.name() + " (" + b.opType() + ")");
                continue;
            }
            double afterMicros = nodes.stream().mapToDouble(LayerMeasure::medianMicros).sum();
            if (b.medianMicros() <= 0 && afterMicros <= 0) {
                continue;
            }
            LayerMeasure main = nodes.stream().filter(n -> n.name().equals(b.name())).findFirst().orElse(nodes.get(0));
            rows.add(new LayerTable.Row(b.name(), b.opType(), b.medianMicros(), afterMicros, b.share(),
                    nodes.stream().mapToDouble(LayerMeasure::share).sum(), boundBefore.getOrDefault(b.kernel(), ""),
                    boundAfter.getOrDefault(main.kernel(), ""), b.precision(), lowest(nodes), main.weightSparsity()));
        }
        rows.sort(Comparator.comparingDouble(LayerTable.Row::savedMicros).reversed()
                .thenComparing(LayerTable.Row::layer));
        List<String> onlyInCandidate = new ArrayList<>();
        for (LayerMeasure a : after.layers()) {
            if (served(a.origin(), baseNames) == null) {
                onlyInCandidate.add(a.name() + " (" + a.opType() + ")");
            }
        }
        return new LayerTable(candidate, rows, onlyInBaseline, onlyInCandidate);
    }

    static RooflineView roofline(String candidate, MeasuredDetail before, MeasuredDetail after, MachineCeilings ceilings) {
        List<RooflineView.Roof> lines = roofs(ceilings.forThreads(before.threads()));
        Set<String> baseNames = names(before);
        Map<String, KernelTiming> afterByOrigin = new LinkedHashMap<>();
        for (KernelTiming k : after.kernels()) {
            String served = served(after.originOf(k), baseNames);
            afterByOrigin.merge(served == null ? after.originOf(k) : served, k, (x, y) -> x.micros().median() >= y.micros().median() ? x : y);
        }
        List<RooflineView.Move> moves = new ArrayList<>();
        for (KernelTiming k : before.kernels()) {
            KernelTiming a = afterByOrigin.get(before.originOf(k));
            if (a != null) {
                moves.add(new RooflineView.Move(before.originOf(k), k.kernel(), a.kernel(), k.micros().median(),
                        a.micros().median()));
            }
        }
        moves.sort(Comparator.comparingDouble((RooflineView.Move m) -> m.beforeMicros() - m.afterMicros()).reversed()
                .thenComparing(RooflineView.Move::layer));
        return new RooflineView(candidate, lines, points(before, ceilings), points(after, ceilings),
                moves.subList(0, Math.min(MOVES, moves.size())));
    }

    /** @return the measured roofs: bandwidths by memory level ({@code L1} … {@code DRAM}), then peaks ({@code fp32 peak} …) */
    static List<RooflineView.Roof> roofs(ThreadCeilings roofs) {
        List<RooflineView.Roof> lines = new ArrayList<>();
        for (MemoryLevel level : MemoryLevel.values()) {
            roofs.bandwidth(level).ifPresent(v -> lines.add(new RooflineView.Roof(level.key().toUpperCase(Locale.ROOT),
                    true, v)));
        }
        for (Precision precision : Precision.values()) {
            roofs.peak(precision).ifPresent(v -> lines.add(new RooflineView.Roof(precision.name().toLowerCase(Locale.ROOT)
                    + " peak", false, v)));
        }
        return lines;
    }

    private static List<RooflineView.Point> points(MeasuredDetail detail, MachineCeilings ceilings) {
        return place(detail, ceilings).stream().map(p -> new RooflineView.Point(p.kernel(), p.opType(), p.intensity(),
                p.achievedGflops(), p.timeShare(), p.bound().key())).toList();
    }

    private static List<RooflinePoint> place(MeasuredDetail detail, MachineCeilings ceilings) {
        return ceilings == null ? List.of()
                : new Roofline(ceilings.forThreads(detail.threads()), ceilings.caches()).place(detail.kernels());
    }

    private static Map<String, String> bounds(MeasuredDetail detail, MachineCeilings ceilings) {
        Map<String, String> bounds = new HashMap<>();
        place(detail, ceilings).forEach(p -> bounds.put(p.kernel(), p.bound().key()));
        return bounds;
    }

    /** @return baseline layer name → the candidate nodes serving it */
    private static Map<String, List<LayerMeasure>> serving(MeasuredDetail after, Set<String> baseNames) {
        Map<String, List<LayerMeasure>> serving = new HashMap<>();
        for (LayerMeasure a : after.layers()) {
            String layer = served(a.origin(), baseNames);
            if (layer != null) {
                serving.computeIfAbsent(layer, k -> new ArrayList<>()).add(a);
            }
        }
        return serving;
    }

    /**
     * @return the baseline layer named {@code origin}, else the longest one {@code origin} extends by
     * {@code _suffix}; null when none
     */
    static String served(String origin, Set<String> baseNames) {
        return baseNames.contains(origin) ? origin : NameExtensions.extended(origin, baseNames::contains, suffix -> true);
    }

    private static Set<String> names(MeasuredDetail detail) {
        Set<String> names = new HashSet<>();
        detail.layers().forEach(l -> names.add(l.name()));
        return names;
    }

    private static String lowest(List<LayerMeasure> nodes) {
        List<String> order = List.of("int8", "fp16", "fp32");
        return nodes.stream().map(LayerMeasure::precision).min(Comparator.comparingInt(order::indexOf))
                .orElse("");
    }
}
