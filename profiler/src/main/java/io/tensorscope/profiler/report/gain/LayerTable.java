package io.tensorscope.profiler.report.gain;

import java.util.List;

/**
 * Per-layer before/after of one candidate against the baseline, on the baseline's layers (a candidate's nodes count
 * for the baseline node their provenance names, else the one of their name).
 *
 * @param candidate       the candidate's name
 * @param rows            every baseline layer that took time before or after, the most time saved first
 * @param onlyInBaseline  baseline layers no candidate node serves (e.g. folded away), as {@code name (op)}
 * @param onlyInCandidate candidate nodes that serve no baseline layer, as {@code name (op)}
 */
public record LayerTable(String candidate, List<Row> rows, List<String> onlyInBaseline, List<String> onlyInCandidate) {

    public LayerTable {
        rows = List.copyOf(rows);
        onlyInBaseline = List.copyOf(onlyInBaseline);
        onlyInCandidate = List.copyOf(onlyInCandidate);
    }

    /**
     * @param layer           the baseline layer
     * @param opType          its operator
     * @param beforeMicros    its median time in the baseline, µs
     * @param afterMicros     the median time of the candidate nodes serving it, µs
     * @param shareBefore     its share of the baseline's kernel time, 0..1
     * @param shareAfter      their share of the candidate's kernel time, 0..1
     * @param boundBefore     {@code memory} / {@code compute} on the baseline's roofline; empty when not placed
     * @param boundAfter      the same for the candidate kernel serving it
     * @param precisionBefore {@code fp32}, {@code fp16} or {@code int8}
     * @param precisionAfter  the lowest precision among the candidate nodes serving it
     * @param sparsityAfter   fraction of zeros in the candidate's float weights of this layer; NaN when none
     */
    public record Row(String layer, String opType, double beforeMicros, double afterMicros, double shareBefore,
                      double shareAfter, String boundBefore, String boundAfter, String precisionBefore,
                      String precisionAfter, double sparsityAfter) {

        /** @return before − after, µs (negative: slower) */
        public double savedMicros() {
            return beforeMicros - afterMicros;
        }
    }
}
