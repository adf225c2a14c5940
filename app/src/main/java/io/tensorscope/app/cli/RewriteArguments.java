package io.tensorscope.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The model argument and output file of commands that write a rewritten model ({@code optimize}, {@code quantize}). */
public final class RewriteArguments {

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model file (.onnx, TF.js model.json) or bundled id.")
    private String model;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.onnx", description = "Where to write the result.")
    private Path output;

    /** @return the model path or bundled id as given */
    public String model() {
        return model;
    }

    /** @return where the rewritten model goes */
    public Path output() {
        return output;
    }
}
