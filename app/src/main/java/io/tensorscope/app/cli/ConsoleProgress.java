package io.tensorscope.app.cli;

import io.tensorscope.engine.ProgressListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long command on the terminal: a progress bar with the current step when standard error is a
 * terminal, nothing otherwise (pipes, logs and tests keep their one-line error contract). Close it when the work ends.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

    private static final int STEPS = 1000;
    private static final int MESSAGE_WIDTH = 60;

    private final ProgressBar bar;

    private ConsoleProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** @return progress for {@code task}: a bar on a terminal, silent otherwise */
    static ConsoleProgress start(String task) {
        if (System.console() == null) {
            return new ConsoleProgress(null);
        }
        return new ConsoleProgress(new ProgressBarBuilder().setTaskName(task).setInitialMax(STEPS)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).hideEta().build());
    }

    @Override
    public void onProgress(double fraction, String message) {
        if (bar == null) {
            return;
        }
        if (fraction >= 0) {
            bar.stepTo(Math.round(Math.min(1, fraction) * STEPS));
        }
        if (message != null) {
            bar.setExtraMessage(message.length() <= MESSAGE_WIDTH ? message
                    : message.substring(0, MESSAGE_WIDTH - 1) + "…");
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
