package io.tensorscope.engine.shape;

import java.util.Map;

/**
 * {@code RNN}, {@code GRU} and {@code LSTM}: {@code Y} is [sequence, directions, batch, hidden] (batch first,
 * [batch, sequence, directions, hidden], with {@code layout} 1 from opset 14), {@code Y_h} and {@code Y_c}
 * [directions, batch, hidden] ([batch, directions, hidden]); directions 2 when bidirectional.
 */
final class RecurrentRules {

    private RecurrentRules() {
    }

    static void register(Map<String, ShapeRule> rules) {
        for (String op : new String[] {"RNN", "GRU", "LSTM"}) {
            rules.put(op, RecurrentRules::recurrent);
        }
    }

    private static void recurrent(NodeContext n) {
        long[] x = n.dims(0);
        if (x.length != 3) {
            throw n.mismatch("a recurrent input of rank " + x.length);
        }
        boolean batchFirst = n.attrInt("layout", 0) == 1;
        long sequence = batchFirst ? x[1] : x[0];
        long batch = batchFirst ? x[0] : x[1];
        long directions = n.attrString("direction", "forward").equals("bidirectional") ? 2 : 1;
        long hidden = n.attrInt("hidden_size", -1);
        if (hidden < 0) {
            hidden = n.dims(2)[2];
        }
        n.set(0, n.type(0), batchFirst ? new long[] {batch, sequence, directions, hidden}
                : new long[] {sequence, directions, batch, hidden});
        long[] state = batchFirst ? new long[] {batch, directions, hidden} : new long[] {directions, batch, hidden};
        n.set(1, n.type(0), state);
        n.set(2, n.type(0), state);
    }
}
