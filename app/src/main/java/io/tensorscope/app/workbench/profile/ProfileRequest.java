package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.shared.InputSizesText;
import io.tensorscope.app.workbench.shared.LoadedModel;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.timing.ProfileSettings;
import io.tensorscope.profiler.usecase.Profiling;
import io.tensorscope.profiler.usecase.ProfilingRequest;
import io.tensorscope.profiler.usecase.ProfilingResult;

/**
 * One press of Run, captured on the UI thread: the model and the settings. {@link #execute} is the background work:
 * {@link Profiling#run}, the use case {@code tensorscope profile} runs too, so both give comparable figures.
 *
 * @param loaded         the model shown when Run was pressed
 * @param settings       threads, warm-up and timed runs, optimisation level
 * @param inputSizesText the input-sizes field, blank for the defaults
 */
record ProfileRequest(LoadedModel loaded, ProfileSettings settings, String inputSizesText) {

    /** @return e.g. {@code 1 thread, ALL} or {@code 2 threads, NONE, input_ids=1x64} */
    String label() {
        int n = settings.threads();
        return n + (n == 1 ? " thread, " : " threads, ") + settings.optimization()
                + (inputSizesText.isBlank() ? "" : ", " + String.join(" ", InputSizesText.specs(inputSizesText)));
    }

    /**
     * Runs on a background thread; touches no JavaFX state. With blank input sizes the model's analysis made when it
     * was opened (for the default sizes) is reused rather than made again.
     */
    ProfileRun execute(CeilingsSource ceilings, ProgressListener progress) throws TensorscopeException {
        ProfilingRequest.Builder request = ProfilingRequest.builder(loaded.model()).settings(settings);
        if (inputSizesText.isBlank()) {
            request.analysis(loaded.analysis());
        } else {
            request.sizes(InputSizesText.parse(inputSizesText));
        }
        ProfilingResult result = Profiling.run(request.build(), ceilings, progress);
        return new ProfileRun(label(), result.profile(), result.analysis(), result.ceilings(), result.roofs(),
                result.points());
    }
}
