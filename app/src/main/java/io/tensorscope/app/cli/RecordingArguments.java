package io.tensorscope.app.cli;

import io.tensorscope.engine.TensorscopeException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of commands that record their experiments: {@code --workspace FILE} and {@code --no-record}. */
public final class RecordingArguments {

    @Mixin
    private WorkspaceOption workspace;

    @Option(names = "--no-record", description = "Do not record the experiment in the workspace.")
    private boolean noRecord;

    /**
     * @return a recorder on the workspace, opened now so that a workspace that cannot be written fails the command
     * before its work starts; one that records nothing with {@code --no-record}
     */
    ExperimentRecorder open() throws TensorscopeException {
        return noRecord ? ExperimentRecorder.NONE : new ExperimentRecorder(workspace.open());
    }
}
