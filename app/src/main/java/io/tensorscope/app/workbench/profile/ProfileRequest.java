package io.tensorscope.app.workbench.profile;

import io.tensorscope.app.workbench.LoadedModel;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.ScaledProgress;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalysis;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.runtime.RandomInputs;
import io.tensorscope.engine.runtime.TensorData;
import io.tensorscope.engine.shape.InputSizes;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.ThreadCeilings;
import io.tensorscope.profiler.roofline.Roofline;
import io.tensorscope.profiler.timing.ModelProfile;
import io.tensorscope.profiler.timing.ModelProfiler;
import io.tensorscope.profiler.timing.ProfileSettings;

import java.util.List;

/**
 * One press of Run, captured on the UI thread: the model and the settings. {@link #execute} is the background
 * work: roofs, then analysis for the chosen sizes, random inputs, the profile and the roofline.
 *
 * @param loaded         the model shown when Run was pressed
 * @param settings       threads, warm-up and timed runs, optimisation level
 * @param inputSizesText the input-sizes field, blank for the defaults
 */
record ProfileRequest(LoadedModel loaded, ProfileSettings settings, String inputSizesText) {

    /** Seed of the random inputs, fixed so runs compare. */
    static final long INPUT_SEED = 42;

    /** Share of the progress bar given to the roofs (fast when cached). */
    private static final double CEILINGS_SHARE = 0.3;

    /** @return e.g. {@code 1 thread, ALL} or {@code 2 threads, NONE, input_ids=1x64} */
    String label() {
        int n = settings.threads();
        return n + (n == 1 ? " thread, " : " threads, ") + settings.optimization()
                + (inputSizesText.isBlank() ? "" : ", " + String.join(" ", InputSizesText.specs(inputSizesText)));
    }

    /** Runs on a background thread; touches no JavaFX state. */
    ProfileRun execute(CeilingsSource ceilings, ProgressListener progress) throws TensorscopeException {
        settings.validate();
        MachineCeilings machine = ceilings.ceilings(settings.threads(),
                new ScaledProgress(progress, 0, CEILINGS_SHARE, "machine ceilings"));
        progress.checkCancelled();
        InputSizes sizes = InputSizesText.parse(inputSizesText);
        ModelAnalysis analysis = inputSizesText.isBlank() ? loaded.analysis()
                : ModelAnalyzer.analyze(loaded.model(), sizes, new ScaledProgress(progress, CEILINGS_SHARE,
                CEILINGS_SHARE, "analysing"));
        List<TensorData> inputs = RandomInputs.forModel(loaded.model(), sizes, INPUT_SEED);
        ModelProfile profile = ModelProfiler.profile(loaded.model(), analysis, inputs, settings,
                new ScaledProgress(progress, CEILINGS_SHARE, 1, "profiling"));
        ThreadCeilings roofs = machine.forThreads(settings.threads());
        return new ProfileRun(label(), profile, machine, roofs, new Roofline(roofs, machine.caches()).place(profile));
    }
}
