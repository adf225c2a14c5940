package io.tensorscope.engine.prune.channel;

/**
 * One tensor a channel group's removal edits: an input of a node (a weight, a bias, BatchNormalization statistics,
 * a per-channel constant), the axis of that tensor along which positions go, and where the group's channels are.
 *
 * @param node  position of the node whose input it is
 * @param input position of the input in the node
 * @param axis  axis of the input tensor whose positions are removed
 * @param map   positions of the group's channels (along {@code axis} of this tensor)
 * @param kind  what the tensor is, for the report
 */
record Touch(int node, int input, int axis, ChannelMap map, Kind kind) {

    /** What a touched tensor is. */
    enum Kind {
        /** the weight (or bias) of a layer whose output channels the group is. */
        PRODUCER,
        /** the weight of a layer reading the group's channels as its input channels. */
        CONSUMER,
        /** BatchNormalization's scale, bias, mean or variance. */
        NORMALIZATION,
        /** a constant broadcast along the channels (a bias added after a MatMul, a per-channel scale). */
        PER_CHANNEL,
        /** the weight or bias of a depthwise Conv, whose channels go in and out together. */
        DEPTHWISE
    }
}
