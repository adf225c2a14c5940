package io.tensorscope.engine.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An {@code Einsum} equation bound to its operands' shapes: the size of every subscript letter, the broadcast
 * dimensions an ellipsis stands for, and the output subscripts (explicit after {@code ->}, else the letters that
 * appear once, alphabetically, after the ellipsis).
 *
 * @param sizes    each letter's size
 * @param ellipsis the dimensions {@code ...} stands for (empty when the equation has none)
 * @param output   the output subscripts, an ellipsis written {@code E}
 */
public record EinsumSubscripts(Map<Character, Long> sizes, long[] ellipsis, String output) {

    /**
     * @return {@code equation} bound to {@code operands}
     * @throws RuntimeException when the equation does not fit the operands (shape inference reports it as a shape
     *                          mismatch of the node)
     */
    public static EinsumSubscripts bind(String equation, List<long[]> operands) {
        String compact = equation.replace(" ", "").replace("...", "E");
        String[] sides = compact.split("->", -1);
        String[] inputs = sides[0].split(",", -1);
        if (inputs.length != operands.size()) {
            throw new ShapeMismatchException("Einsum equation for " + inputs.length + " operands, given "
                    + operands.size());
        }
        Map<Character, Long> sizes = new LinkedHashMap<>();
        Map<Character, Integer> seen = new LinkedHashMap<>();
        long[] ellipsis = new long[0];
        for (int k = 0; k < inputs.length; k++) {
            String term = inputs[k];
            long[] dims = operands.get(k);
            int ellipsisRank = dims.length - term.replace("E", "").length();
            int d = 0;
            for (char c : term.toCharArray()) {
                if (c == 'E') {
                    ellipsis = Dims.broadcast(ellipsis, Arrays.copyOfRange(dims, d, d + ellipsisRank));
                    d += ellipsisRank;
                } else {
                    long size = dims[d++];
                    Long before = sizes.get(c);
                    sizes.put(c, before == null || before == 1 ? size : before);
                    seen.merge(c, 1, Integer::sum);
                }
            }
        }
        String output;
        if (sides.length > 1) {
            output = sides[1];
        } else {
            StringBuilder implicit = new StringBuilder(sides[0].contains("E") ? "E" : "");
            new TreeSet<>(seen.keySet()).stream().filter(c -> seen.get(c) == 1).forEach(implicit::append);
            output = implicit.toString();
        }
        return new EinsumSubscripts(sizes, ellipsis, output);
    }

    /** @return the output's dimensions */
    public long[] outputDims() {
        List<Long> out = new ArrayList<>();
        for (char c : output.toCharArray()) {
            if (c == 'E') {
                Arrays.stream(ellipsis).forEach(out::add);
            } else {
                out.add(sizes.get(c));
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** @return the number of index combinations the sum runs over: every letter's size and the ellipsis's, multiplied */
    public long indexSpace() {
        long space = Arrays.stream(ellipsis).reduce(1, Math::multiplyExact);
        for (long size : sizes.values()) {
            space = Math.multiplyExact(space, size);
        }
        return space;
    }
}
