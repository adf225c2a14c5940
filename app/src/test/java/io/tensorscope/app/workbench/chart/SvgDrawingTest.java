package io.tensorscope.app.workbench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What the SVG drawing writes for each call: well-formed XML, transforms, clips closed, colours, text. */
@ExtendWith(ApplicationExtension.class)
class SvgDrawingTest {

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shapesCarryTheirColoursAndTheCurrentTransform() throws Exception {
        SvgDrawing g = new SvgDrawing(200, 100);
        g.setFill(Color.web("#2563eb", 0.5));
        g.fillRect(1, 2, 30, 40.004);
        g.save();
        g.translate(10, 20);
        g.rotate(90);
        g.setStroke(Color.RED);
        g.setLineWidth(2);
        g.setLineDashes(4, 2);
        g.strokeLine(0, 0, 5, 0);
        g.restore();
        g.strokeOval(0, 0, 10, 20);
        Document svg = parse(g.document());
        Element rect = (Element) svg.getElementsByTagName("rect").item(0);
        assertEquals("#2563eb", rect.getAttribute("fill"));
        assertEquals("0.5", rect.getAttribute("fill-opacity"));
        assertEquals("40", rect.getAttribute("height"), "two decimals at most");
        assertEquals("", rect.getAttribute("transform"), "drawn before any transform");
        Element line = (Element) svg.getElementsByTagName("line").item(0);
        assertEquals("matrix(0 1 -1 0 10 20)", line.getAttribute("transform"), "translate, then rotate 90°");
        assertEquals("#ff0000", line.getAttribute("stroke"));
        assertEquals("4,2", line.getAttribute("stroke-dasharray"));
        Element oval = (Element) svg.getElementsByTagName("ellipse").item(0);
        assertEquals("", oval.getAttribute("transform"), "restore dropped the transform");
        assertEquals("5", oval.getAttribute("cx"));
        assertEquals("10", oval.getAttribute("ry"));
        assertEquals("1", oval.getAttribute("stroke-width"), "and the line width");
    }

    @Test
    void aClipWrapsWhatFollowsUntilRestoreAndTextStaysText() throws Exception {
        SvgDrawing g = new SvgDrawing(100, 100);
        g.save();
        g.beginPath();
        g.rect(10, 10, 50, 50);
        g.clip();
        g.setFill(Color.BLACK);
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("a < b & \"c\"", 30, 30);
        g.restore();
        g.fillText("outside", 0, 90);
        Document svg = parse(g.document());
        Element clip = (Element) svg.getElementsByTagName("clipPath").item(0);
        assertEquals("M10 10 L60 10 L60 60 L10 60 Z", ((Element) clip.getElementsByTagName("path").item(0))
                .getAttribute("d"));
        Element group = (Element) svg.getElementsByTagName("g").item(0);
        assertEquals("url(#clip1)", group.getAttribute("clip-path"));
        assertEquals(1, group.getElementsByTagName("text").getLength(), "only the text drawn under the clip is inside");
        Element inside = (Element) group.getElementsByTagName("text").item(0);
        assertEquals("a < b & \"c\"", inside.getTextContent());
        assertEquals("middle", inside.getAttribute("text-anchor"));
        assertEquals("central", inside.getAttribute("dominant-baseline"));
        assertEquals("bold", inside.getAttribute("font-weight"));
        assertEquals(2, svg.getElementsByTagName("text").getLength());
        assertTrue(g.document().endsWith("</svg>\n"));
    }

    @Test
    void textWiderThanItsRoomIsSqueezedToIt() throws Exception {
        SvgDrawing g = new SvgDrawing(100, 100);
        g.setFont(Font.font(12));
        g.fillText("a rather long label that cannot fit", 0, 10, 40);
        g.fillText("ok", 0, 30, 40);
        Document svg = parse(g.document());
        assertEquals("40", ((Element) svg.getElementsByTagName("text").item(0)).getAttribute("textLength"));
        assertEquals("", ((Element) svg.getElementsByTagName("text").item(1)).getAttribute("textLength"));
    }
}
