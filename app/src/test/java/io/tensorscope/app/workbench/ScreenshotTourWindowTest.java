package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.app.workbench.tour.ScreenshotTour;
import io.tensorscope.engine.importer.ModelSource;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The screenshot tour ({@code tensorscope screenshots}) walks every view and writes each at both sizes. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTourWindowTest {

    @TempDir
    Path dir;

    private Stage stage;
    private WorkbenchViewModel viewModel;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor(), FixedCeilings.source());
        view = WindowDriver.show(stage, viewModel);
    }

    @Test
    void theTourShootsEveryViewAtFullHdAnd1024x700(FxRobot robot) throws Exception {
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        ScreenshotTour tour = new ScreenshotTour(stage, viewModel, view, dir, failure::set);
        robot.interact(() -> tour.start(() -> done.set(true)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.MINUTES, () -> done.get() || failure.get() != null);
        assertNull(failure.get());
        List<String> names = tour.written().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("tour-layers-graph-1920x1080.png", "tour-layers-graph-1024x700.png",
                "tour-profile-1920x1080.png", "tour-profile-1024x700.png", "tour-compress-1920x1080.png",
                "tour-compress-1024x700.png", "tour-history-1920x1080.png", "tour-history-1024x700.png",
                "tour-minilm-1920x1080.png", "tour-minilm-1024x700.png"), names);
        BufferedImage small = ImageIO.read(dir.resolve("tour-compress-1024x700.png").toFile());
        assertTrue(Math.abs(small.getWidth() - 1024) <= 2 && small.getHeight() <= 700,
                small.getWidth() + "x" + small.getHeight() + ": the scene of a 1024x700 window");
        assertTrue(viewModel.history().all().size() >= 2, "the Compress step's experiments were recorded and listed");
        assertTrue(viewModel.currentProperty().get().model().name().contains("minilm"), "the tour ends on MiniLM");
        robot.interact(stage::sizeToScene);
    }
}
