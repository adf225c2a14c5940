package io.tensorscope.app.cli;

import io.tensorscope.assets.CacheDirectory;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.ceilings.CeilingsJson;
import io.tensorscope.profiler.ceilings.CeilingsProvider;
import io.tensorscope.profiler.ceilings.CeilingsService;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.MeasurementBudget;
import io.tensorscope.profiler.report.CeilingsText;
import io.tensorscope.profiler.report.JsonFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tensorscope ceilings}: this machine's measured roofs (bandwidth per memory level, compute peaks). */
@Command(name = "ceilings", description = "Measure this machine's roofs: memory bandwidth per level and peak compute "
        + "per precision, for 1 thread and N (cached per machine).")
public final class CeilingsCommand implements Callable<Integer> {

    /** Folder of the per-machine ceilings cache, under Tensorscope's cache root. */
    public static final String CACHE_FOLDER = "ceilings";

    @Spec
    private CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the multi-thread roofs (default: all cores).")
    private Integer threads;

    @Option(names = "--refresh", description = "Measure again even if this machine's ceilings are cached.")
    private boolean refresh;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the ceilings as JSON to FILE.")
    private Path json;

    @Option(names = "--quick", description = "A few seconds instead of ~20: smaller sweep and matrices, less reliable "
            + "figures (no DRAM roof when the last-level cache is large). Cached like a full run.")
    private boolean quick;

    @Override
    public Integer call() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        int n = threads == null ? cores : threads;
        if (n < 1 || n > 4 * cores) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "--threads must be between 1 and " + 4 * cores
                    + " on this machine, not " + n);
        }
        CeilingsService service = new CeilingsService(CacheDirectory.root().resolve(CACHE_FOLDER),
                quick ? MeasurementBudget.QUICK : MeasurementBudget.FULL);
        boolean cached = !refresh && service.cached(n).isPresent();
        PrintWriter err = spec.commandLine().getErr();
        if (!cached) {
            err.println("measuring ceilings (" + (quick ? "a few seconds" : "about 20 s") + "; cached afterwards)...");
            err.flush();
        }
        MachineCeilings ceilings = service.get(n, refresh, ProgressListener.NONE);
        if (json != null) {
            JsonFiles.write(CeilingsJson.toJson(ceilings), json);
        }
        PrintWriter out = spec.commandLine().getOut();
        CeilingsText.write(ceilings, cached ? "(cached; --refresh re-measures)" : "", out);
        out.flush();
        return 0;
    }

    /** @return the ceilings service over the user's cache folder, measuring at full budget */
    static CeilingsService service() {
        return new CeilingsService(CacheDirectory.root().resolve(CACHE_FOLDER), MeasurementBudget.FULL);
    }

    /** @return the user's cached ceilings, saying on standard error when they must be measured first */
    static CeilingsProvider announcing(PrintWriter err) {
        CeilingsService service = service();
        return (threads, progress) -> {
            if (service.cached(threads).isEmpty()) {
                err.println("measuring this machine's ceilings (about 20 s, once)...");
                err.flush();
            }
            return service.ceilings(threads, progress);
        };
    }
}
