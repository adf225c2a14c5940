package io.tensorscope.profiler.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles the {@link NativeProgram}s with gcc ({@code -O3 -march=native -fopenmp}; SGEMM also against OpenBLAS)
 * into a folder. What cannot be built is left out and explained in {@link #problems()}.
 */
final class NativeBuild {

    private static final Duration COMPILE_LIMIT = Duration.ofSeconds(60);
    private static final List<Path> OPENBLAS_HEADER_FOLDERS = List.of(
            Path.of("/usr/include/x86_64-linux-gnu/openblas-pthread"),
            Path.of("/usr/include/openblas"));
    private static final String OPENBLAS_MISSING = "OpenBLAS (libopenblas-dev) not installed";

    private final Map<NativeProgram, Path> executables = new EnumMap<>(NativeProgram.class);
    private final List<String> problems = new ArrayList<>();

    private NativeBuild() {
    }

    /**
     * @param gcc    the compiler command, e.g. {@code gcc} (looked up on the PATH) or an absolute path
     * @param folder where the sources are copied and the executables written
     * @return the build; never throws for a missing compiler or library
     * @throws IOException if the folder cannot be written
     */
    static NativeBuild compile(String gcc, Path folder) throws IOException, InterruptedException {
        NativeBuild build = new NativeBuild();
        NativeProcess.Result triad = build.compileProgram(gcc, folder, NativeProgram.STREAM_TRIAD, List.of());
        if (triad.outcome() == NativeProcess.Outcome.NOT_STARTED) {
            return build;
        }
        Optional<List<String>> openBlas = openBlasFlags(folder);
        if (openBlas.isPresent()) {
            build.compileProgram(gcc, folder, NativeProgram.SGEMM, openBlas.get());
        } else {
            build.problems.add(OPENBLAS_MISSING);
        }
        return build;
    }

    /** @return the executable of {@code program}, or empty if it could not be built */
    Optional<Path> executable(NativeProgram program) {
        return Optional.ofNullable(executables.get(program));
    }

    /** @return why programs could not be built, one sentence each; empty when all were */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private NativeProcess.Result compileProgram(String gcc, Path folder, NativeProgram program, List<String> libraryFlags)
            throws IOException, InterruptedException {
        try (InputStream source = NativeBuild.class.getResourceAsStream(program.resource())) {
            if (source == null) {
                throw new IOException("resource " + program.resource() + " missing from the jar");
            }
            Files.copy(source, folder.resolve(program.sourceFile()));
        }
        List<String> command = new ArrayList<>(List.of(gcc, "-O3", "-march=native", "-fopenmp",
                "-o", program.executable(), program.sourceFile()));
        command.addAll(libraryFlags);
        NativeProcess.Result result = NativeProcess.run(command, Map.of(), folder, COMPILE_LIMIT);
        switch (result.outcome()) {
            case SUCCEEDED -> executables.put(program, folder.resolve(program.executable()));
            case NOT_STARTED -> problems.add("C compiler " + gcc + " not found");
            default -> problems.add(program.sourceFile() + " did not compile: " + result.firstLine());
        }
        return result;
    }

    /** @return compiler and linker flags for OpenBLAS, from pkg-config or a known header folder; empty if absent */
    private static Optional<List<String>> openBlasFlags(Path folder) throws IOException, InterruptedException {
        NativeProcess.Result pkgConfig = NativeProcess.run(
                List.of("pkg-config", "--cflags", "--libs", "openblas"), Map.of(), folder, COMPILE_LIMIT);
        if (pkgConfig.succeeded() && !pkgConfig.output().isBlank()) {
            return Optional.of(List.of(pkgConfig.output().strip().split("\\s+")));
        }
        return OPENBLAS_HEADER_FOLDERS.stream()
                .filter(headers -> Files.isRegularFile(headers.resolve("cblas.h")))
                .findFirst()
                .map(headers -> List.of("-I" + headers, "-lopenblas"));
    }
}
