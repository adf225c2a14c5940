package io.tensorscope.profiler.reference;

import java.util.OptionalDouble;

/**
 * Reads the one machine-readable line each native program prints: {@code <metric> <threads> <value>},
 * e.g. {@code triad_gbps 2 24.061}. Other lines are ignored.
 */
final class NativeOutput {

    private NativeOutput() {
    }

    /**
     * @param output  everything the program printed
     * @param metric  the line's first word, e.g. {@code triad_gbps} or {@code sgemm_gflops}
     * @param threads the thread count the program must report
     * @return the value of the first matching line; empty if there is none, it reports another thread count,
     *         or its value is not a positive finite number
     */
    static OptionalDouble value(String output, String metric, int threads) {
        for (String line : output.split("\\R")) {
            String[] words = line.trim().split("\\s+");
            if (words.length == 3 && words[0].equals(metric)) {
                return parse(words[1], words[2], threads);
            }
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble parse(String threadsWord, String valueWord, int threads) {
        try {
            double value = Double.parseDouble(valueWord);
            boolean valid = Integer.parseInt(threadsWord) == threads && Double.isFinite(value) && value > 0;
            return valid ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
