package io.tensorscope.app.workbench.help;

import io.tensorscope.app.workbench.task.InlineTaskExecutor;
import io.tensorscope.engine.Versions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help > About: each version read from the software itself. */
class AboutViewModelTest {

    @Test
    void listsTensorscopeJavaOnnxRuntimeDjlAndPyTorchVersions() {
        AboutViewModel about = new AboutViewModel(new InlineTaskExecutor());
        assertEquals(List.of(), about.lines(), "nothing before load");
        about.load();
        List<String> lines = about.lines();
        assertEquals("Tensorscope " + Versions.TENSORSCOPE, lines.get(0));
        assertTrue(lines.get(1).startsWith("Java " + Runtime.version().feature()), lines.get(1));
        assertTrue(lines.get(2).matches("ONNX Runtime \\d+\\.\\d+\\.\\d+"), lines.get(2));
        assertTrue(lines.get(3).matches("DJL \\d+\\.\\d+\\.\\d+"), lines.get(3));
        assertTrue(lines.get(4).matches("PyTorch \\d+\\.\\d+\\.\\d+ \\(through DJL, for training\\)"), lines.get(4));
    }
}
