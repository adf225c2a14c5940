package io.tensorscope.engine.prune.channel;

import java.util.List;

/**
 * Layers whose output channels must be removed together, and every tensor the removal edits: the layers' weights
 * and biases, BatchNormalization statistics, per-channel constants, depthwise convolutions and the weights of the
 * layers that read the channels (at the positions a Flatten, Transpose or Concat moved them to).
 *
 * @param roots     positions of the layers whose output channels the group is (several when a residual Add ties
 *                  them), in graph order
 * @param channels  how many channels the group has
 * @param touches   every tensor the removal edits
 * @param depthwise positions of depthwise Convs in the group, whose {@code group} attribute follows the channel count
 */
record ChannelGroup(List<Integer> roots, int channels, List<Touch> touches, List<Integer> depthwise) {

    ChannelGroup {
        roots = List.copyOf(roots);
        touches = List.copyOf(touches);
        depthwise = List.copyOf(depthwise);
    }
}
