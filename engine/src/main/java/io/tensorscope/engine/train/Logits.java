package io.tensorscope.engine.train;

import io.tensorscope.engine.model.Model;

/** Finds a classifier's logits: the class scores before a final Softmax. */
public final class Logits {

    private Logits() {
    }

    /**
     * @return the input of the Softmax that writes the model's first output, or that output itself when no Softmax
     * writes it
     */
    public static String of(Model model) {
        String output = model.outputs().get(0).name();
        return model.index().producer(output).filter(n -> n.getOpType().equals("Softmax")).map(n -> n.getInput(0))
                .orElse(output);
    }
}
