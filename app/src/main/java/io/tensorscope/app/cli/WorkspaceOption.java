package io.tensorscope.app.cli;

import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.workspace.Workspace;
import io.tensorscope.profiler.workspace.WorkspaceLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --workspace FILE}: the experiment workspace a command records into or reads. */
public final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "FILE", description = "The experiment workspace (default: "
            + "$" + WorkspaceLocation.ENVIRONMENT + ", else $XDG_DATA_HOME/tensorscope/workspace.db, else "
            + "~/.local/share/tensorscope/workspace.db).")
    private Path file;

    /** @return the workspace file: the one given, else the default for this process */
    Path file() {
        return WorkspaceLocation.resolve(file);
    }

    /**
     * @return the workspace, opened (created when missing)
     * @throws TensorscopeException exit 2 with one line for a workspace that cannot be written, is corrupt or newer
     */
    Workspace open() throws TensorscopeException {
        return Workspace.open(file());
    }
}
