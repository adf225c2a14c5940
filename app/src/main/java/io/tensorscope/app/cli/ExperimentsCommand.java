package io.tensorscope.app.cli;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code tensorscope experiments list|show|rm|export|gc}: the experiments recorded in the workspace. */
@Command(name = "experiments", description = "The experiments recorded in the workspace (every optimize, quantize, "
        + "prune, distil, finetune and compare records one unless --no-record).",
        subcommands = {ExperimentsListCommand.class, ExperimentsShowCommand.class, ExperimentsRemoveCommand.class,
                ExperimentsExportCommand.class, ExperimentsGcCommand.class})
public final class ExperimentsCommand implements Callable<Integer> {

    @Override
    public Integer call() throws TensorscopeException {
        throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "give a subcommand: list, show ID, rm ID, "
                + "export ID -o OUT.onnx or gc");
    }
}
