package io.tensorscope.engine.quantize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The integer range int8 weights use on this machine. ONNX Runtime's x86 kernels without VNNI multiply uint8
 * activations by int8 weights with {@code vpmaddubsw}, whose pairwise int16 sums saturate when both are large: on such
 * a CPU (AVX2 only, e.g. AMD EPYC before Zen 4, Intel before Cascade Lake) full-range weights give wrong products, so
 * weights use 7 bits ({@code ±63}), as ONNX Runtime's own {@code reduce_range} does. With VNNI, or off x86, ±127.
 */
final class WeightRange {

    /** ±63 where int8 products can saturate, else ±127. */
    static final int QMAX = saturates() ? 63 : 127;

    private WeightRange() {
    }

    /** @return whether this is an x86 CPU whose flags show no VNNI (or cannot be read, to be safe) */
    static boolean saturates() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return false;
        }
        return !hasVnni(cpuFlags());
    }

    /** @return whether a {@code /proc/cpuinfo} flags line lists AVX-512 VNNI or AVX-VNNI */
    static boolean hasVnni(String flags) {
        List<String> words = List.of(flags.split("\\s+"));
        return words.contains("avx512_vnni") || words.contains("avx_vnni");
    }

    private static String cpuFlags() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("flags"))
                    .findFirst().orElse("");
        } catch (IOException | SecurityException e) {
            return "";
        }
    }
}
