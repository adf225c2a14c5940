package io.tensorscope.profiler.advice;

import java.util.List;

/**
 * One piece of advice about a model: what was found, the numbers that show it, and what to do.
 *
 * @param rule     id of the rule that found it
 * @param severity how much it matters
 * @param title    what was found, one sentence
 * @param evidence the numbers behind it
 * @param action   what to do about it
 * @param nodes    the nodes it is about (names, graph order; may be empty), for the workbench to select
 */
public record Finding(String rule, Severity severity, String title, String evidence, String action,
                      List<String> nodes) {

    public Finding {
        nodes = List.copyOf(nodes);
    }
}
