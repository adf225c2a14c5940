package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import io.tensorscope.profiler.advice.Finding;
import io.tensorscope.app.workbench.advice.AdviceView;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Advice panel lists the rules' findings on the model shown; choosing one selects its node. */
@ExtendWith(ApplicationExtension.class)
class AdviceWindowTest {

    private WorkbenchViewModel viewModel;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor(), FixedCeilings.source());
        view = WindowDriver.show(stage, viewModel);
    }

    @Test
    void theCnnsMemoryBoundGemmIsAdvisedAndSelectedWhenChosen(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        robot.clickOn("#advice-tab .tab-label");
        List<Finding> findings = viewModel.advice().findings();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("large-float-weights", findings.get(0).rule());
        assertTrue(robot.lookup("Advice (1)").tryQuery().isPresent(), "the tab counts its findings");
        Screenshots.write(view, "advice-panel.png");
        robot.clickOn((javafx.scene.Node) robot.lookup("." + AdviceView.CARD).query());
        WaitForAsyncUtils.waitForFxEvents();
        int selected = viewModel.layers().selectedIndexProperty().get();
        assertEquals("dense_1", viewModel.currentProperty().get().model().nodeName(selected),
                "choosing the finding selects its node in the table and the graph");
    }
}
