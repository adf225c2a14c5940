package io.tensorscope.profiler.advice;

import java.util.List;

/** One rule of the advice: reads a model's analysis (and profile, when there is one) and reports what it finds. */
public interface AdviceRule {

    /** @return the rule's id, e.g. {@code constant-weights} */
    String id();

    /** @return what the rule finds in {@code input}; empty when nothing */
    List<Finding> check(AdviceInput input);
}
