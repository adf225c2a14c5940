package io.tensorscope.engine.model;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out node and tensor names unused in a graph and not handed out before: {@code base} itself when free, else
 * {@code base_1}, {@code base_2} … Made by {@link GraphIndex#newNames()}; one per rewrite, not thread-safe.
 */
public final class UniqueNames {

    private final Set<String> used;

    UniqueNames(Set<String> taken) {
        this.used = new HashSet<>(taken);
    }

    /** @return {@code base}, or {@code base_N} with the smallest N ≥ 1 that is free; the name is taken from now on */
    public String next(String base) {
        String name = base;
        for (int n = 1; used.contains(name); n++) {
            name = base + "_" + n;
        }
        used.add(name);
        return name;
    }

    /** Marks {@code name} as taken (e.g. a name kept from the original graph). */
    public void reserve(String name) {
        used.add(name);
    }
}
