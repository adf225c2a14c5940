package io.tensorscope.engine.prune.channel;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Where a group's channels sit in one tensor: the axis, and for each group channel the positions along that axis
 * that belong to it (one position while the channel axis is intact; many after a Flatten folds spatial positions
 * into it; none when a Split or Slice left the channel out of this tensor).
 *
 * @param axis      the axis, 0-based
 * @param positions positions along {@code axis} of each group channel
 */
record ChannelMap(int axis, int[][] positions) {

    /** @return channel {@code c} at position {@code c} of {@code axis}, for {@code channels} channels */
    static ChannelMap identity(int axis, int channels) {
        int[][] positions = new int[channels][];
        for (int c = 0; c < channels; c++) {
            positions[c] = new int[] {c};
        }
        return new ChannelMap(axis, positions);
    }

    /** @return the same positions on another axis (a Transpose moved the channel axis) */
    ChannelMap onAxis(int other) {
        return new ChannelMap(other, positions);
    }

    /** @return the positions shifted by {@code offset} (a Concat placed the channels after others) */
    ChannelMap shifted(int offset) {
        int[][] moved = new int[positions.length][];
        for (int c = 0; c < positions.length; c++) {
            moved[c] = Arrays.stream(positions[c]).map(p -> p + offset).toArray();
        }
        return new ChannelMap(axis, moved);
    }

    /**
     * @return the positions in {@code [from, to)}, counted from {@code from} (what a Split output or a Slice keeps of
     * the axis); channels with no position there have none
     */
    ChannelMap within(int from, int to) {
        int[][] kept = new int[positions.length][];
        for (int c = 0; c < positions.length; c++) {
            kept[c] = Arrays.stream(positions[c]).filter(p -> p >= from && p < to).map(p -> p - from).toArray();
        }
        return new ChannelMap(axis, kept);
    }

    /** @return the positions of both maps, on this map's axis (a Concat joined two tensors holding the channels) */
    ChannelMap union(ChannelMap other) {
        int[][] joined = new int[positions.length][];
        for (int c = 0; c < positions.length; c++) {
            joined[c] = IntStream.concat(Arrays.stream(positions[c]),
                    Arrays.stream(other.positions[c])).sorted().toArray();
        }
        return new ChannelMap(axis, joined);
    }

    /** @return whether no channel has a position here (a Split output or Slice holding none of the group) */
    boolean isEmpty() {
        return Arrays.stream(positions).allMatch(p -> p.length == 0);
    }

    /** @return whether every channel is at most one position (no Flatten folded anything into it) */
    boolean isSimple() {
        return Arrays.stream(positions).allMatch(p -> p.length <= 1);
    }

    /** @return how many channels the group has */
    int channels() {
        return positions.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChannelMap m && m.axis == axis && Arrays.deepEquals(m.positions, positions);
    }

    @Override
    public int hashCode() {
        return 31 * axis + Arrays.deepHashCode(positions);
    }

    @Override
    public String toString() {
        return "axis " + axis + ", " + positions.length + " channels";
    }
}
