package io.tensorscope.profiler.reference;

import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures the {@link NativeReference} of this machine: compiles the native programs with gcc in a temporary
 * folder and runs each on 1 thread and on {@code threads} threads, each run under a time limit.
 *
 * <p>A run that yields all four figures is stored in {@code workDir/native-reference.json}. When a figure cannot
 * be measured (no gcc, no OpenBLAS, a run failing or timing out) the figures of the last stored run are returned
 * instead, with source {@code "last run at …"}; with no stored run, the figures measured now, missing ones NaN.
 * Either way the note says what went wrong.
 */
public final class NativeReferenceRunner {

    /** Triad length per array: 3 arrays of 16 Mi doubles are 384 MiB, far beyond any last-level cache. */
    static final long DEFAULT_TRIAD_ELEMENTS = 16L * 1024 * 1024;

    private static final Duration RUN_LIMIT = Duration.ofSeconds(120);

    private NativeReferenceRunner() {
    }

    /**
     * @param workDir folder of the stored figures; must exist
     * @param threads thread count of the "all threads" figures, at least 1
     * @return the figures measured now or, failing that, those of the last successful run; never throws for a
     *         missing compiler or library
     * @throws InterruptedException if interrupted while a native program runs (the running program is then destroyed)
     */
    public static NativeReference measure(Path workDir, int threads) throws InterruptedException {
        return measure(workDir, threads, "gcc", DEFAULT_TRIAD_ELEMENTS);
    }

    /** As {@link #measure(Path, int)}, with the compiler command and the triad's array length in elements. */
    static NativeReference measure(Path workDir, int threads, String gcc, long triadElements)
            throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        List<String> notes = new ArrayList<>();
        double[] figures = measureFigures(threads, gcc, triadElements, notes);
        NativeReference now = new NativeReference(figures[0], figures[1], figures[2], figures[3], threads,
                Instant.now(), NativeReference.MEASURED_NOW, String.join("; ", notes));
        Path store = workDir.resolve(NativeReferenceStore.FILE_NAME);
        if (now.complete()) {
            return save(now, store);
        }
        return NativeReferenceStore.load(store).map(last -> last.withNote(now.note())).orElse(now);
    }

    /** @return triad 1 thread, triad all threads, SGEMM 1 thread, SGEMM all threads; NaN where not measured */
    private static double[] measureFigures(int threads, String gcc, long triadElements, List<String> notes)
            throws InterruptedException {
        double[] figures = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        Path folder = null;
        try {
            folder = Files.createTempDirectory("tensorscope-native");
            NativeBuild build = NativeBuild.compile(gcc, folder);
            notes.addAll(build.problems());
            Optional<Path> triad = build.executable(NativeProgram.STREAM_TRIAD);
            Optional<Path> sgemm = build.executable(NativeProgram.SGEMM);
            List<String> triadArguments = List.of(Long.toString(triadElements));
            if (triad.isPresent()) {
                figures[0] = run(NativeProgram.STREAM_TRIAD, triad.get(), triadArguments, 1, notes);
                figures[1] = run(NativeProgram.STREAM_TRIAD, triad.get(), triadArguments, threads, notes);
            }
            if (sgemm.isPresent()) {
                figures[2] = run(NativeProgram.SGEMM, sgemm.get(), List.of(), 1, notes);
                figures[3] = run(NativeProgram.SGEMM, sgemm.get(), List.of(), threads, notes);
            }
        } catch (IOException e) {
            notes.add("native programs could not be built: " + e.getMessage());
        } finally {
            deleteQuietly(folder);
        }
        return figures;
    }

    /** @return the program's figure on {@code threads} threads, or NaN with a note saying why */
    private static double run(NativeProgram program, Path executable, List<String> arguments, int threads,
            List<String> notes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        NativeProcess.Result result = NativeProcess.run(command,
                Map.of(program.threadsVariable(), Integer.toString(threads)), executable.getParent(), RUN_LIMIT);
        String what = program.executable() + " on " + threads + (threads == 1 ? " thread" : " threads");
        if (!result.succeeded()) {
            notes.add(what + " failed: " + result.firstLine());
            return Double.NaN;
        }
        return NativeOutput.value(result.output(), program.metric(), threads).orElseGet(() -> {
            notes.add(what + " printed no " + program.metric() + " line");
            return Double.NaN;
        });
    }

    private static NativeReference save(NativeReference reference, Path store) {
        try {
            NativeReferenceStore.save(reference, store);
            return reference;
        } catch (TensorscopeException e) {
            return reference.withNote("figures not stored: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
