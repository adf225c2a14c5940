package io.tensorscope.engine.prune.channel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A Split or a Slice that cuts the axis carrying a group's channels: its segments lie between consecutive bounds
 * ({@code [bounds[j], bounds[j + 1])} is Split output j; a Slice has one segment, its clamped start and end with step
 * 1). When positions before a bound are removed the bound moves down by their number ({@link #moved}), which is how
 * {@link AxisCutWriter} rewrites the Split sizes or the Slice starts and ends. Each segment keeps at least one of the
 * group's channels ({@link #segments}, honoured by {@link ChannelSelection}), so no output becomes empty.
 *
 * @param node   position of the Split or Slice
 * @param entry  which of the node's cut axes this is: 0 for a Split, the index into a Slice's starts and ends
 * @param map    where the group's channels are along the node's input axis
 * @param bounds positions along that axis where the segments start and end, ascending
 */
record AxisCut(int node, int entry, ChannelMap map, int[] bounds) {

    /** @return the bounds once {@code removed} (positions along the axis) are gone */
    long[] moved(Set<Integer> removed) {
        return Arrays.stream(bounds).mapToLong(b -> b - removed.stream().filter(p -> p < b).count()).toArray();
    }

    /** @return for each segment holding some of the group's channels, those channels (at least one of each stays) */
    List<int[]> segments() {
        List<int[]> segments = new ArrayList<>();
        for (int j = 0; j + 1 < bounds.length; j++) {
            ChannelMap part = map.within(bounds[j], bounds[j + 1]);
            int[] channels = IntStream.range(0, part.channels()).filter(c -> part.positions()[c].length > 0).toArray();
            if (channels.length > 0) {
                segments.add(channels);
            }
        }
        return segments;
    }
}
