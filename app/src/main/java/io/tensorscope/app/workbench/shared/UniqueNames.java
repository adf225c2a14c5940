package io.tensorscope.app.workbench.shared;

import java.util.function.Predicate;

/** Names for things the user creates in a list (profiles, experiments) that never repeat one already there. */
public final class UniqueNames {

    private UniqueNames() {
    }

    /** @return {@code base} if no item has it, else {@code base #2}, {@code base #3} … the first one free */
    public static String of(String base, Predicate<String> taken) {
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + " #" + n;
        }
        return candidate;
    }
}
