package io.tensorscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.profiler.advice.Advice;
import io.tensorscope.profiler.advice.AdviceInput;
import io.tensorscope.profiler.advice.Finding;
import io.tensorscope.profiler.report.AdviceText;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --advice} of the commands that analyse a model: the advice rules' findings, printed and in the JSON. */
public final class AdviceArguments {

    @Option(names = "--advice", description = "Also give advice: findings with their numbers and what to do (an old "
            + "opset, nodes of unknown cost, memory-bound layers with large float weights, channel counts, weights in "
            + "Constant nodes; with a profile, layout reorders and fp16 without native support); with --json, under "
            + "\"advice\".")
    private boolean advice;

    private List<Finding> findings = List.of();

    /** Runs the rules on {@code input} when {@code --advice} was given. */
    void check(AdviceInput input) {
        if (advice) {
            findings = Advice.of(input);
        }
    }

    /** @return {@code document} with the findings under {@code "advice"} when {@code --advice} was given */
    ObjectNode addedTo(ObjectNode document) {
        if (advice) {
            document.set("advice", AdviceText.toJson(findings));
        }
        return document;
    }

    /** Prints the findings after the command's own output when {@code --advice} was given. */
    void print(PrintWriter out) {
        if (advice) {
            AdviceText.write(findings, out);
        }
    }
}
