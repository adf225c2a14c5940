package io.tensorscope.profiler.report.gain;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.profiler.ceilings.CeilingsProvider;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import java.time.Instant;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.AtomicFiles;
import io.tensorscope.profiler.report.JsonFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a {@link GainReport} in the format its file name ends with, atomically. */
public final class GainReportFiles {

    /** The endings a report file may have. */
    public static final String FORMATS = ".html, .pdf, .csv or .json";

    private GainReportFiles() {
    }

    /**
     * Builds the report of {@code subjects} on this machine now (its roofs at the baseline's thread count, from
     * {@code roofs}, measured first when not cached) and writes it to {@code file}.
     *
     * @return the report written
     * @throws TensorscopeException as {@link #write(GainReport, Path)} does, or why the roofs could not be had
     */
    public static GainReport writeNow(List<ReportSubject> subjects, Budget budget, CeilingsProvider roofs,
                                      ProgressListener progress, Path file) throws TensorscopeException {
        MachineCeilings ceilings = roofs.ceilings(subjects.get(0).record().latency().threads(), progress);
        GainReport report = GainReportBuilder.build(subjects, budget, Fingerprints.current(subjects, ceilings),
                ceilings, Instant.now());
        write(report, file);
        return report;
    }

    /**
     * @throws TensorscopeException {@code BAD_ARGUMENT} for another ending (checked before anything is measured, see
     *                              {@link #requireKnownFormat}); {@code UNREADABLE_FILE} when the write fails
     */
    public static void write(GainReport report, Path file) throws TensorscopeException {
        switch (requireKnownFormat(file)) {
            case "html" -> text(file, GainReportHtml.render(report));
            case "csv" -> text(file, GainReportCsv.render(report));
            case "pdf" -> AtomicFiles.write(file, out -> GainReportPdf.write(report, out));
            default -> JsonFiles.write(GainReportJson.toJson(report), file);
        }
    }

    /**
     * @return the format, {@code html}, {@code pdf}, {@code csv} or {@code json}
     * @throws TensorscopeException {@code BAD_ARGUMENT} when {@code file} ends otherwise; {@code UNREADABLE_FILE} when
     *                              its folder is missing or it exists and is not a regular file
     */
    public static String requireKnownFormat(Path file) throws TensorscopeException {
        AtomicFiles.requireWritable(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ending = dot < 0 ? "" : name.substring(dot + 1);
        if (!List.of("html", "pdf", "csv", "json").contains(ending)) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "a report file must end in " + FORMATS + ", not '"
                    + file.getFileName() + "'");
        }
        return ending;
    }

    private static void text(Path file, String text) throws TensorscopeException {
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
