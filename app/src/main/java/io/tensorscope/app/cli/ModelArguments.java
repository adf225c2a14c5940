package io.tensorscope.app.cli;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.shape.InputSizes;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The model argument and input sizes shared by commands that open one model ({@code inspect}, {@code profile}). */
public final class ModelArguments {

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model file (.onnx, TF.js model.json) or bundled id.")
    private String model;

    @Option(names = "--input", paramLabel = "NAME=D1xD2...",
            description = "Fix an input's sizes (repeatable); unset symbolic dims default to batch 1, sequence 128.")
    private List<String> inputs = new ArrayList<>();

    /** @return the model path or bundled id as given */
    public String model() {
        return model;
    }

    /**
     * @return the parsed input sizes
     * @throws TensorscopeException {@code BAD_ARGUMENT} for a malformed {@code --input}
     */
    public InputSizes sizes() throws TensorscopeException {
        return InputSizes.parse(inputs);
    }
}
