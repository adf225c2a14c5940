package io.tensorscope.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.pass.Pass;
import io.tensorscope.engine.pass.PassContext;
import io.tensorscope.engine.pass.PassOptions;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.engine.pass.PipelineJson;
import io.tensorscope.engine.pass.PipelineResult;
import io.tensorscope.engine.pass.PipelineRunner;
import io.tensorscope.engine.pass.PipelineSpec;
import io.tensorscope.engine.pass.PipelineStep;
import io.tensorscope.engine.pass.StepResult;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentRecords;
import io.tensorscope.profiler.report.ExperimentRecordJson;
import io.tensorscope.profiler.report.JsonFiles;
import io.tensorscope.profiler.report.PassReportJson;
import io.tensorscope.profiler.report.PassReportText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code optimize} and {@code quantize} share: open the model, check every step, run the pipeline with progress
 * (each step's output loaded by ONNX Runtime before the next runs), print each step's report, then write the model
 * (atomically), record the experiment in the workspace, and write the JSON.
 */
final class PipelineExecution {

    /** Rows of each report section printed; the JSON has them all. */
    private static final int ROWS_LISTED = 12;

    private final PassRegistry registry = PassRegistry.standard();
    private final RecordingArguments recording;
    private ExperimentRecord record;

    /** @param recording where the run is recorded */
    PipelineExecution(RecordingArguments recording) {
        this.recording = recording;
    }

    /**
     * @param modelArgument model path or bundled id
     * @param spec          the pipeline
     * @param output        where the last step's model goes
     * @param out           standard output
     * @return what ran
     */
    PipelineResult run(String modelArgument, PipelineSpec spec, Path output, PrintWriter out) throws TensorscopeException {
        return run(modelArgument, spec, output, out, result -> { });
    }

    /**
     * As {@link #run(String, PipelineSpec, Path, PrintWriter)}, with {@code check} judging the result after the
     * reports are printed and before anything is written: what it throws ends the command with nothing written.
     */
    PipelineResult run(String modelArgument, PipelineSpec spec, Path output, PrintWriter out, ResultCheck check)
            throws TensorscopeException {
        spec.resolve(registry);
        Model model = new ModelSource().open(modelArgument, ProgressListener.NONE);
        try (ExperimentRecorder recorder = recording.open()) {
            OutputPaths.requireDistinct(output, model.location().orElse(null), recorder.file());
            PipelineResult result = execute(model, spec, out, check);
            ModelWriter.write(result.model(), output);
            out.println("wrote " + output + " (ONNX Runtime loads it)");
            record = recorder.recordMade(model, parentId -> ExperimentRecords.unmeasured(result, parentId, registry),
                    result.model(), out);
            out.flush();
            return result;
        }
    }

    private PipelineResult execute(Model model, PipelineSpec spec, PrintWriter out, ResultCheck check)
            throws TensorscopeException {
        PipelineResult result;
        try (ConsoleProgress progress = ConsoleProgress.start(model.name())) {
            result = new PipelineRunner(registry).run(model, spec, PassContext.of(progress));
        } catch (OutOfMemoryError e) {
            throw CliErrors.outOfMemory(e);
        }
        List<StepResult> steps = result.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.size() > 1) {
                out.printf("%s== step %d of %d: %s ==%n", i == 0 ? "" : System.lineSeparator(), i + 1, steps.size(),
                        given(steps.get(i).step()).format());
            }
            PassReportText.write(steps.get(i).result().report(), ROWS_LISTED, out);
        }
        out.flush();
        check.accept(result);
        return result;
    }

    /** @return {@code step} with only the options that differ from their defaults, as a user would type it */
    private PipelineStep given(PipelineStep step) throws TensorscopeException {
        Pass pass = registry.find(step.pass());
        return new PipelineStep(pass.id(), PassOptions.parse(pass.id(), pass.options(), step.options()).changedAsText());
    }

    /**
     * Writes {@code {model, output, pipeline, steps: [report …], record}} to {@code json}, the record the one
     * {@link #run} made.
     */
    void writeJson(PipelineResult result, Path output, Path json) throws TensorscopeException {
        ObjectNode root = new ObjectMapper().createObjectNode().put("model", result.model().name())
                .put("output", output.toString());
        root.set("pipeline", PipelineJson.toJson(result.spec(), registry));
        ArrayNode steps = root.putArray("steps");
        result.reports().forEach(r -> steps.add(PassReportJson.report(r)));
        root.set("record", ExperimentRecordJson.write(record, registry));
        JsonFiles.write(root, json);
    }

    /** Judges a pipeline's result before its model is written. */
    @FunctionalInterface
    interface ResultCheck {
        /** @throws TensorscopeException when the result must not be written, saying why */
        void accept(PipelineResult result) throws TensorscopeException;
    }

    /** @return the registry the steps are found in */
    PassRegistry registry() {
        return registry;
    }
}
