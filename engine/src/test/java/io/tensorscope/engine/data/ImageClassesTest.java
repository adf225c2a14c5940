package io.tensorscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three rules that turn an image folder's labels into class indices, independent of the listing order. */
class ImageClassesTest {

    @TempDir
    Path dir;

    @Test
    void integerLabelsAreTheClassIndicesWhateverOrderTheyComeIn() throws Exception {
        ImageClasses classes = ImageClasses.of(List.of("7", "2", "1", "0", "4", "7"), dir);
        assertArrayEquals(new int[] {7, 2, 1, 0, 4, 7}, classes.ids());
        assertEquals(8, classes.names().size());
        assertEquals("3", classes.names().get(3));
    }

    @Test
    void aClassListNamesTheIndicesAndALabelItLacksIsRefused() throws Exception {
        Files.writeString(dir.resolve(ImageClasses.CLASSES_FILE), "cat\ndog\n\nbird\n");
        ImageClasses classes = ImageClasses.of(List.of("bird", "cat", "dog"), dir);
        assertArrayEquals(new int[] {2, 0, 1}, classes.ids());
        assertEquals(List.of("cat", "dog", "bird"), classes.names());
        TensorscopeException e = assertThrows(TensorscopeException.class,
                () -> ImageClasses.of(List.of("cat", "x".repeat(5000) + "\u001b[31m"), dir));
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertTrue(e.getMessage().contains("does not list the label 'xxxx") && e.getMessage().length() < 300
                && !e.getMessage().contains("\u001b"), e.getMessage());
    }

    @Test
    void otherLabelsAreSortedSoTheListingOrderDoesNotMatter() throws Exception {
        ImageClasses a = ImageClasses.of(List.of("zebra", "ant", "mole", "ant"), dir);
        ImageClasses b = ImageClasses.of(List.of("mole", "zebra", "ant"), dir);
        assertEquals(List.of("ant", "mole", "zebra"), a.names());
        assertEquals(a.names(), b.names());
        assertArrayEquals(new int[] {2, 0, 1, 0}, a.ids());
        assertTrue(a.rule().startsWith("labels in sorted order"), a.rule());
    }
}
