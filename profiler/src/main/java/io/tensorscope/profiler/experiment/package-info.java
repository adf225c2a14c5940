/**
 * Compression experiments: a model variant's size, latency and accuracy as one immutable
 * {@link io.tensorscope.profiler.experiment.ExperimentSummary}, the runner that quantizes, profiles and evaluates
 * a variant ({@link io.tensorscope.profiler.experiment.ExperimentRunner}), and the accuracy-versus-cost
 * {@link io.tensorscope.profiler.experiment.ParetoFront}. Headless: shared by the workbench and the command line.
 */
package io.tensorscope.profiler.experiment;
