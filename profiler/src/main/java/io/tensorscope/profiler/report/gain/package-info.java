/**
 * The comparison report that proves a gain: one model ({@link io.tensorscope.profiler.report.gain.GainReport},
 * gathered by {@link io.tensorscope.profiler.report.gain.GainReportBuilder} from measured experiments), rendered by
 * one class per format (HTML, PDF, CSV, JSON) that reads only the model.
 */
package io.tensorscope.profiler.report.gain;
