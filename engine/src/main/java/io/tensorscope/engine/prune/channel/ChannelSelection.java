package io.tensorscope.engine.prune.channel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the channels to remove: the least important ones, a fraction of each group (per layer) or of all groups
 * together after scaling each group's scores by its largest (global); every group keeps at least one channel, and
 * one channel of each of its segments (a Split output or Slice range whose every channel would go keeps its most
 * important one, so fewer than the fraction may go), and with rounding the kept count is raised to a multiple of
 * {@code round} (kernels like multiples of 8 or 16).
 */
final class ChannelSelection {

    private ChannelSelection() {
    }

    /**
     * @param scores   importance of each channel of each group
     * @param segments for each group, sets of its channels of which at least one must stay
     * @param fraction fraction of channels to remove, 0 ≤ fraction &lt; 1
     * @param global   one ranking over all groups instead of one per group
     * @param round    kept channels rounded up to a multiple of this (1: no rounding)
     * @return the channels to remove from each group, ascending
     */
    static List<Set<Integer>> choose(List<double[]> scores, List<List<int[]>> segments, double fraction,
                                     boolean global, int round) {
        List<Set<Integer>> removed = new ArrayList<>();
        scores.forEach(s -> removed.add(new TreeSet<>()));
        if (global) {
            record Candidate(int group, int channel, double score) {
            }
            List<Candidate> all = new ArrayList<>();
            int total = 0;
            for (int g = 0; g < scores.size(); g++) {
                double[] s = scores.get(g);
                double max = 0;
                for (double v : s) {
                    max = Math.max(max, v);
                }
                for (int c = 0; c < s.length; c++) {
                    all.add(new Candidate(g, c, max == 0 ? 0 : s[c] / max));
                }
                total += s.length;
            }
            all.sort(Comparator.comparingDouble(Candidate::score).thenComparingInt(Candidate::group)
                    .thenComparingInt(Candidate::channel));
            int wanted = (int) Math.floor(fraction * total + 1e-9);
            for (Candidate c : all) {
                if (wanted == 0) {
                    break;
                }
                if (removed.get(c.group()).size() < scores.get(c.group()).length - 1) {
                    removed.get(c.group()).add(c.channel());
                    wanted--;
                }
            }
        } else {
            for (int g = 0; g < scores.size(); g++) {
                int channels = scores.get(g).length;
                int count = Math.min(channels - 1, (int) Math.floor(fraction * channels + 1e-9));
                removed.get(g).addAll(lowest(scores.get(g), count));
            }
        }
        for (int g = 0; g < scores.size(); g++) {
            double[] s = scores.get(g);
            for (int[] segment : segments.get(g)) {
                if (Arrays.stream(segment).allMatch(removed.get(g)::contains)) {
                    removed.get(g).remove(mostImportant(segment, s));
                }
            }
            int channels = s.length;
            int kept = channels - removed.get(g).size();
            int rounded = Math.min(channels, (kept + round - 1) / round * round);
            if (rounded > kept) {
                Set<Integer> fewer = new TreeSet<>(lowest(scores.get(g), channels - rounded));
                removed.get(g).retainAll(fewer);
            }
        }
        return removed;
    }

    /** @return the highest-scored of {@code channels} (ties: the lower index) */
    private static int mostImportant(int[] channels, double[] scores) {
        int best = channels[0];
        for (int c : channels) {
            if (scores[c] > scores[best] || (scores[c] == scores[best] && c < best)) {
                best = c;
            }
        }
        return best;
    }

    /** @return the {@code count} lowest-scored channels (ties: the lower index first) */
    private static List<Integer> lowest(double[] scores, int count) {
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < scores.length; c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingDouble((Integer c) -> scores[c]).thenComparingInt(c -> c));
        return order.subList(0, Math.max(0, count));
    }
}
