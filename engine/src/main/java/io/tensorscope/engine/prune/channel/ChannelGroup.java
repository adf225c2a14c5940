package io.tensorscope.engine.prune.channel;

import java.util.List;

/**
 * Layers whose output channels must be removed together, and every tensor the removal edits: the layers' weights
 * and biases, BatchNormalization statistics, per-channel constants, depthwise convolutions and the weights of the
 * layers that read the channels (at the positions a Flatten, Transpose, Concat, Split or Slice moved them to), and
 * the Splits and Slices whose sizes or bounds follow the channels.
 *
 * @param roots     positions of the layers whose output channels the group is (several when a residual Add ties
 *                  them), in graph order
 * @param channels  how many channels the group has
 * @param touches   every tensor the removal edits
 * @param depthwise positions of depthwise Convs in the group, whose {@code group} attribute follows the channel count
 * @param cuts      the Splits and Slices on the channel axis, whose sizes or bounds move with the removed channels
 */
record ChannelGroup(List<Integer> roots, int channels, List<Touch> touches, List<Integer> depthwise,
                    List<AxisCut> cuts) {

    ChannelGroup {
        roots = List.copyOf(roots);
        touches = List.copyOf(touches);
        depthwise = List.copyOf(depthwise);
        cuts = List.copyOf(cuts);
    }

    /** @return the channels of each Split output and Slice range of the group: at least one of each must stay */
    List<int[]> segments() {
        return cuts.stream().flatMap(c -> c.segments().stream()).toList();
    }
}
