package io.tensorscope.app.workbench.tour;

import io.tensorscope.app.workbench.WorkbenchView;
import io.tensorscope.app.workbench.WorkbenchViewModel;
import io.tensorscope.app.workbench.shared.ImageExport;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A scripted walk through the workbench in a real window that shoots each view at 1920×1080 and at 1024×700: the
 * MNIST CNN's layers and graph, its Profile tab after a run, its Compress tab after a dynamic int8 run, its History
 * tab with both experiments compared, and MiniLM's layers. Each step waits, without blocking the UI thread, for
 * what it started; the tour records into a workspace of its own (the view-model's), never the user's.
 */
public final class ScreenshotTour {

    /** The sizes every view is shot at, width × height. */
    static final double[][] SIZES = {{1920, 1080}, {1024, 700}};
    private static final Duration POLL = Duration.millis(100);
    private static final Duration SETTLE = Duration.millis(400);
    private static final long STEP_TIMEOUT_MS = 10 * 60_000;

    private final Stage stage;
    private final WorkbenchViewModel viewModel;
    private final WorkbenchView view;
    private final Path folder;
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final List<Path> written = new ArrayList<>();
    private final Consumer<String> failed;
    private Runnable finished = () -> { };

    /**
     * @param failed told the one-line reason when a step fails or times out (the tour then stops)
     */
    public ScreenshotTour(Stage stage, WorkbenchViewModel viewModel, WorkbenchView view, Path folder,
                          Consumer<String> failed) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.view = view;
        this.folder = folder;
        this.failed = failed;
    }

    /** Starts the tour; {@code done} runs on the UI thread after the last picture. */
    public void start(Runnable done) {
        finished = done;
        viewModel.bundledModels().stream().filter(a -> a.id().equals("mnist-cnn")).findFirst()
                .ifPresent(a -> then(() -> viewModel.openBundled(a), this::shown, "tour-layers-graph"));
        then(() -> {
            view.centreTabs().getSelectionModel().select(1);
            viewModel.profile().run();
        }, () -> !viewModel.profile().profiles().isEmpty() && !viewModel.profile().runningProperty().get(),
                "tour-profile");
        then(() -> {
            view.centreTabs().getSelectionModel().select(2);
            viewModel.compress().evaluationSamplesProperty().set(1000);
            viewModel.compress().run();
        }, () -> viewModel.compress().experiments().size() >= 2 && !viewModel.compress().runningProperty().get(),
                "tour-compress");
        then(() -> view.centreTabs().getSelectionModel().select(5), () -> view.historyView().tree().getRoot() != null
                && !view.historyView().tree().getRoot().getChildren().isEmpty(), null);
        then(() -> view.historyView().tree().getSelectionModel().selectAll(), () -> true, "tour-history");
        viewModel.bundledModels().stream().filter(a -> a.id().equals("minilm")).findFirst().ifPresent(a -> then(() -> {
            view.centreTabs().getSelectionModel().select(0);
            viewModel.openBundled(a);
        }, () -> shown() && viewModel.currentProperty().get().model().name().contains("minilm"), "tour-minilm"));
        next();
    }

    /** @return the pictures written so far */
    public List<Path> written() {
        return List.copyOf(written);
    }

    private boolean shown() {
        return viewModel.currentProperty().get() != null && viewModel.graph().layoutProperty().get() != null
                && !viewModel.graph().layoutRunningProperty().get();
    }

    /** Queues: do {@code action}, wait for {@code ready}, then shoot {@code name} (null: no picture) at every size. */
    private void then(Runnable action, BooleanSupplier ready, String name) {
        steps.add(() -> {
            action.run();
            long deadline = System.currentTimeMillis() + STEP_TIMEOUT_MS;
            waitFor(ready, deadline, () -> {
                if (name == null) {
                    next();
                } else {
                    shoot(name, 0);
                }
            });
        });
    }

    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            finished.run();
        } else {
            step.run();
        }
    }

    private void waitFor(BooleanSupplier ready, long deadline, Runnable then) {
        PauseTransition poll = new PauseTransition(POLL);
        poll.setOnFinished(e -> {
            if (ready.getAsBoolean()) {
                then.run();
            } else if (System.currentTimeMillis() > deadline) {
                failed.accept("the screenshot tour timed out waiting (" + viewModel.status().messageProperty().get() + ")");
            } else {
                waitFor(ready, deadline, then);
            }
        });
        poll.play();
    }

    private void shoot(String name, int size) {
        if (size == SIZES.length) {
            next();
            return;
        }
        stage.setWidth(SIZES[size][0]);
        stage.setHeight(SIZES[size][1]);
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            Path file = folder.resolve(String.format(java.util.Locale.ROOT, "%s-%.0fx%.0f.png", name, SIZES[size][0],
                    SIZES[size][1]));
            try {
                ImageExport.writePng(ImageExport.snapshot(stage.getScene().getRoot()), file);
                written.add(file);
            } catch (TensorscopeException ex) {
                failed.accept(ex.getMessage());
                return;
            }
            shoot(name, size + 1);
        });
        settle.play();
    }
}
