package io.tensorscope.engine.prune.channel;

import java.util.Arrays;

/**
 * Where a group's channels sit in one tensor: the axis, and for each group channel the positions along that axis
 * that belong to it (one position while the channel axis is intact; many after a Flatten folds spatial positions
 * into it).
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

    /** @return whether every channel is one position (no Flatten folded anything into it) */
    boolean isSimple() {
        return Arrays.stream(positions).allMatch(p -> p.length == 1);
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
