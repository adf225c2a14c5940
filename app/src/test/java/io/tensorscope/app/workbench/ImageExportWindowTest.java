package io.tensorscope.app.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.app.workbench.compress.FixedCeilings;
import io.tensorscope.app.workbench.shared.ImageExport;
import io.tensorscope.app.workbench.task.FxTaskExecutor;
import io.tensorscope.engine.importer.ModelSource;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import io.tensorscope.app.workbench.graph.GraphCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The charts offer "Save image as PNG…", and what is written is the chart as shown, at its size on screen. */
@ExtendWith(ApplicationExtension.class)
class ImageExportWindowTest {

    @TempDir
    Path dir;

    private WorkbenchViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new WorkbenchViewModel(new ModelSource(), new FxTaskExecutor(), FixedCeilings.source());
        WindowDriver.show(stage, viewModel);
    }

    @Test
    void theGraphIsWrittenAsAPngOfItsSizeAndEveryChartOffersIt(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        Node graph = robot.lookup("#graph-canvas").query();
        AtomicReference<BufferedImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(ImageExport.snapshot(graph)));
        Path png = dir.resolve("graph.png");
        ImageExport.writePng(shot.get(), png);
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals((int) Math.ceil(graph.getLayoutBounds().getWidth()), read.getWidth());
        assertEquals((int) Math.ceil(graph.getLayoutBounds().getHeight()), read.getHeight());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList(), "written atomically: no temporary left");
        }
        assertTrue(distinctColours(read) > 3, "the graph's boxes are in the image, not a blank canvas");

        robot.interact(() -> graph.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                10, 10, 100, 100, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        boolean offered = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .anyMatch(w -> ((ContextMenu) w).getItems().stream()
                        .anyMatch(i -> ImageExport.MENU_ITEM_ID.equals(i.getId())));
        assertTrue(offered, "right-click offers Save image as PNG");
        boolean vector = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .anyMatch(w -> ((ContextMenu) w).getItems().stream()
                        .anyMatch(i -> ImageExport.SVG_MENU_ITEM_ID.equals(i.getId())));
        assertTrue(vector, "and as SVG");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu).toList()
                .forEach(Window::hide));
        for (String chart : new String[] {"#roofline-chart", "#experiment-scatter", "#train-curves"}) {
            assertTrue(robot.lookup(chart).tryQuery().map(n -> n.getOnContextMenuRequested() != null).orElse(false),
                    chart + " offers it too");
        }
    }

    @Test
    void theGraphAsSvgIsVectorsAndTextOfWhatIsInView(FxRobot robot) throws Exception {
        WindowDriver.openBundled(robot, viewModel, "mnist-cnn");
        GraphCanvas graph = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
        AtomicReference<String> svg = new AtomicReference<>();
        robot.interact(() -> svg.set(graph.svg()));
        Path file = dir.resolve("graph.svg");
        ImageExport.writeSvg(svg.get(), file);
        org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(file.toFile());
        org.w3c.dom.Element root = document.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals((int) Math.round(graph.getWidth()), (int) Math.round(Double.parseDouble(root.getAttribute("width"))));
        int boxes = document.getElementsByTagName("rect").getLength();
        assertTrue(boxes > 4, "the background and the boxes in view: " + boxes);
        List<String> texts = new java.util.ArrayList<>();
        org.w3c.dom.NodeList nodes = document.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertTrue(texts.contains("Conv") && texts.contains("Relu") && texts.contains("1×32×26×26"),
                "the op types and edge shapes in view are text: " + texts);
        Files.copy(file, Path.of("target", "graph-export.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(document.getElementsByTagName("path").getLength() + document.getElementsByTagName("line").getLength()
                > 0, "edges are drawn");
        Screenshots.write(graph, "graph-svg-source.png");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
