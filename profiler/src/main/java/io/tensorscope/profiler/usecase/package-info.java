/**
 * What a user does with the profiler, once for the command line and the workbench alike: profiling a model
 * ({@link io.tensorscope.profiler.usecase.Profiling}) from a request to an immutable result, with the defaults both
 * share. Plain blocking methods that take a progress listener; headless.
 */
package io.tensorscope.profiler.usecase;
