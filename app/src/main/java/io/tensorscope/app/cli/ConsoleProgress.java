package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long command on standard error: a progress bar with elapsed time, an estimate and the current step
 * when it is a terminal; otherwise (pipes, logs, CI) a plain line at most every {@value #LINE_INTERVAL_SECONDS} s —
 * none for work that ends sooner, so short commands print only their result. Close it when the work ends.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

    /** Seconds between two plain progress lines (and before the first). */
    static final int LINE_INTERVAL_SECONDS = 10;
    private static final int STEPS = 1000;
    private static final int MESSAGE_WIDTH = 60;

    private final ProgressBar bar;
    private final PeriodicLines lines;

    private ConsoleProgress(ProgressBar bar, PeriodicLines lines) {
        this.bar = bar;
        this.lines = lines;
    }

    /** @return progress for {@code task}: a bar on a terminal, periodic lines otherwise */
    static ConsoleProgress start(String task) {
        if (System.console() == null) {
            return new ConsoleProgress(null, new PeriodicLines(task, System.err, System::nanoTime));
        }
        return new ConsoleProgress(new ProgressBarBuilder().setTaskName(task).setInitialMax(STEPS)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build(), null);
    }

    @Override
    public void onProgress(double fraction, String message) {
        if (lines != null) {
            lines.onProgress(fraction, message);
            return;
        }
        if (fraction >= 0) {
            bar.stepTo(Math.round(Math.min(1, fraction) * STEPS));
        }
        if (message != null) {
            bar.setExtraMessage(clip(message));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    private static String clip(String message) {
        return message.length() <= MESSAGE_WIDTH ? message : message.substring(0, MESSAGE_WIDTH - 1) + "…";
    }

    /** Plain lines for a stream that is not a terminal: task, percent, elapsed, estimate left, current step. */
    static final class PeriodicLines implements ProgressListener {

        private final String task;
        private final PrintStream out;
        private final LongSupplier nanos;
        private final long start;
        private long next;
        private double known;

        PeriodicLines(String task, PrintStream out, LongSupplier nanos) {
            this.task = task;
            this.out = out;
            this.nanos = nanos;
            this.start = nanos.getAsLong();
            this.next = start + Duration.ofSeconds(LINE_INTERVAL_SECONDS).toNanos();
        }

        @Override
        public void onProgress(double fraction, String message) {
            known = fraction >= 0 ? fraction : known; // a message without a fraction keeps the last one
            long now = nanos.getAsLong();
            if (now < next) {
                return;
            }
            next = now + Duration.ofSeconds(LINE_INTERVAL_SECONDS).toNanos();
            double elapsed = (now - start) / 1e9;
            String estimate = known > 0.01 && known < 1
                    ? ", about " + clock(elapsed * (1 - known) / known) + " left" : "";
            out.println(String.format(Locale.ROOT, "%s: %.0f %% (%s elapsed%s)%s", task, 100 * known,
                    clock(elapsed), estimate, message == null || message.isEmpty() ? "" : ": " + clip(message)));
            out.flush();
        }

        private static String clock(double seconds) {
            long s = Math.round(seconds);
            return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
    }
}
