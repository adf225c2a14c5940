package io.tensorscope.profiler.reference;

/** The native programs shipped as C sources under {@code /tensorscope/native/}. */
enum NativeProgram {

    /** Memory bandwidth: STREAM triad, OpenMP threads. */
    STREAM_TRIAD("stream_triad", "triad_gbps", "OMP_NUM_THREADS"),

    /** Compute throughput: OpenBLAS SGEMM, OpenBLAS threads. */
    SGEMM("sgemm", "sgemm_gflops", "OPENBLAS_NUM_THREADS");

    private final String executable;
    private final String metric;
    private final String threadsVariable;

    NativeProgram(String executable, String metric, String threadsVariable) {
        this.executable = executable;
        this.metric = metric;
        this.threadsVariable = threadsVariable;
    }

    /** @return the executable's file name, e.g. {@code stream_triad} */
    String executable() {
        return executable;
    }

    /** @return the C source's file name, e.g. {@code stream_triad.c} */
    String sourceFile() {
        return executable + ".c";
    }

    /** @return the classpath resource holding the C source */
    String resource() {
        return "/tensorscope/native/" + sourceFile();
    }

    /** @return the first word of the program's result line, see {@link NativeOutput} */
    String metric() {
        return metric;
    }

    /** @return the environment variable that sets the program's thread count */
    String threadsVariable() {
        return threadsVariable;
    }
}
