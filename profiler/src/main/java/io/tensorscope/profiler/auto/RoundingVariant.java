package io.tensorscope.profiler.auto;

import io.tensorscope.engine.model.Model;

/**
 * One rounding of the kept channels, built and timed against its parent.
 *
 * @param round     kept channels rounded up to a multiple of this
 * @param model     the pruned model
 * @param sameAs    the smaller rounding that gives the same model (not timed again), or 0
 * @param latencyMs its median latency, ms (NaN when {@code sameAs} is set)
 * @param speedUp   the parent's median latency, timed in turn with it, over its own (NaN when {@code sameAs} is set)
 * @param rejection why it was not chosen although measured ({@code slower than its parent …}), or null
 */
public record RoundingVariant(int round, Model model, int sameAs, double latencyMs, double speedUp, String rejection) {

    /** @return whether it was timed (not the same model as a smaller rounding) */
    public boolean timed() {
        return sameAs == 0;
    }
}
