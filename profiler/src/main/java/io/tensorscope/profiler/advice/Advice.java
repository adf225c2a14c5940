package io.tensorscope.profiler.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The registry of advice rules and the findings of all of them on one model, warnings first. */
public final class Advice {

    private static final List<AdviceRule> STANDARD = List.of(new OldOpsetRule(), new UnknownCostRule(),
            new LayoutReorderRule(), new Fp16WithoutNativeSupportRule(), new LargeFloatWeightsRule(),
            new ChannelMultiplesRule(), new ConstantWeightsRule());

    private Advice() {
    }

    /** @return the installed rules */
    public static List<AdviceRule> rules() {
        return STANDARD;
    }

    /** @return every rule's findings on {@code input}, warnings first, then in rule order */
    public static List<Finding> of(AdviceInput input) {
        List<Finding> findings = new ArrayList<>();
        for (AdviceRule rule : STANDARD) {
            findings.addAll(rule.check(input));
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed());
        return findings;
    }
}
