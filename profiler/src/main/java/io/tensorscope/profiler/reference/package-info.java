/**
 * Native reference benchmark: a STREAM triad and an OpenBLAS SGEMM compiled with gcc on the user's machine,
 * the ceilings that the Java and ONNX Runtime figures of {@code bench} are compared against.
 */
package io.tensorscope.profiler.reference;
