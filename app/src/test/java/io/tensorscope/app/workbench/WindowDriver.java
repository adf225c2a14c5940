package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.assets.BundledAsset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the window tests share: open a bundled model from the library, measure how fast the UI thread answers. */
final class WindowDriver {

    private WindowDriver() {
    }

    /**
     * Shows the workbench over {@code viewModel} in {@code stage}, as the application does, at the scene's default size
     * (the stage is shared by the test classes, and one may have resized it).
     */
    static WorkbenchView show(Stage stage, WorkbenchViewModel viewModel) {
        WorkbenchView view = new WorkbenchView(viewModel);
        stage.setScene(WorkbenchApplication.createScene(view));
        stage.sizeToScene();
        stage.show();
        return view;
    }

    /** Clicks the bundled model {@code id} in the library and waits until it is analysed and laid out. */
    static void openBundled(FxRobot robot, WorkbenchViewModel viewModel, String id) throws Exception {
        ListCell<?> cell = robot.lookup("#library-list .list-cell")
                .match((ListCell<?> c) -> c.getItem() instanceof BundledAsset a && a.id().equals(id))
                .queryAs(ListCell.class);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.currentProperty().get() != null
                && viewModel.graph().layoutProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** @return the text {@code cell} draws, which ends with an ellipsis where its column cuts it */
    static String rendered(Labeled cell) {
        return cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    /** @return whether {@code text} ends with an ellipsis, as a cut cell's does */
    static boolean cut(String text) {
        return text.endsWith("...") || text.endsWith("…");
    }

    /** @return how long the UI thread took to run an empty task, ms (fails after 5 s) */
    static long pingFxThreadMillis() throws InterruptedException {
        long start = System.nanoTime();
        CountDownLatch answered = new CountDownLatch(1);
        Platform.runLater(answered::countDown);
        assertTrue(answered.await(5, TimeUnit.SECONDS), "UI thread did not answer within 5 s");
        return (System.nanoTime() - start) / 1_000_000;
    }
}
