package io.tensorscope.app.cli;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.workspace.Workspace;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of commands that record their experiments: {@code --workspace FILE} and {@code --no-record}. */
public final class RecordingArguments {

    @Mixin
    private WorkspaceOption workspace;

    @Option(names = "--no-record", description = "Do not record the experiment in the workspace.")
    private boolean noRecord;

    /** @return the workspace, open whether or not {@code --no-record} was given (to read experiments from) */
    Workspace workspace() throws TensorscopeException {
        return workspace.open();
    }

    /**
     * @return a recorder on the workspace, opened now so that a workspace that cannot be written fails the command
     * before its work starts; one that records nothing with {@code --no-record}
     */
    ExperimentRecorder open() throws TensorscopeException {
        return noRecord ? ExperimentRecorder.NONE : new ExperimentRecorder(workspace.open());
    }
}
