package io.tensorscope.app.workbench.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recent-files store: order, limit, missing files, its JSON file and how it survives damage. */
class RecentFilesTest {

    @TempDir
    Path dir;

    @Test
    void filesComeBackMostRecentFirstAfterARestart() throws Exception {
        ConfigFolder config = new ConfigFolder(dir.resolve("config"));
        Path a = model("a.onnx");
        Path b = model("b.onnx");
        RecentFiles recent = new RecentFiles(config);
        recent.add(a);
        recent.add(b);
        recent.add(a);
        assertEquals(List.of(a, b), recent.files());
        assertEquals(List.of(a, b), new RecentFiles(config).files(), "read back from " + RecentFiles.FILE_NAME);
    }

    @Test
    void keepsTheTenLatestAndDropsFilesThatAreGone() throws Exception {
        ConfigFolder config = new ConfigFolder(dir);
        RecentFiles recent = new RecentFiles(config);
        List<Path> opened = new ArrayList<>();
        for (int i = 0; i < RecentFiles.MAX_FILES + 2; i++) {
            opened.add(model("m" + i + ".onnx"));
            recent.add(opened.get(i));
        }
        assertEquals(RecentFiles.MAX_FILES, recent.files().size());
        assertEquals(opened.get(RecentFiles.MAX_FILES + 1), recent.files().get(0));
        assertEquals(opened.get(2), recent.files().get(RecentFiles.MAX_FILES - 1));

        Files.delete(opened.get(5));
        List<Path> reread = new RecentFiles(config).files();
        assertEquals(RecentFiles.MAX_FILES - 1, reread.size());
        assertTrue(!reread.contains(opened.get(5)), "a deleted file is dropped when the list is read");
    }

    @Test
    void corruptOrForeignFilesReadAsAnEmptyList() throws Exception {
        Path file = dir.resolve(RecentFiles.FILE_NAME);
        for (String content : new String[] {"{not json", "[1, 2, 3]", "{\"files\": 7}", "", "{\"files\": [null, \"\\u0000\"]}"}) {
            Files.writeString(file, content);
            assertEquals(List.of(), new RecentFiles(new ConfigFolder(dir)).files(), content);
        }
    }

    @Test
    void writesTheWholeListThroughATemporaryFile() throws Exception {
        Path file = dir.resolve(RecentFiles.FILE_NAME);
        Files.writeString(file, "{corrupt");
        RecentFiles recent = new RecentFiles(new ConfigFolder(dir));
        Path a = model("a.onnx");
        recent.add(a);
        assertEquals("{\n  \"files\" : [ \"" + a + "\" ]\n}", Files.readString(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".part")).toList(),
                    "no temporary file left behind");
        }
        recent.clear();
        assertEquals(List.of(), new RecentFiles(new ConfigFolder(dir)).files());
    }

    @Test
    void aFolderThatCannotBeCreatedFailsTheWriteButKeepsTheList() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        RecentFiles recent = new RecentFiles(new ConfigFolder(notAFolder.resolve("tensorscope")));
        Path a = model("a.onnx");
        assertThrows(io.tensorscope.engine.TensorscopeException.class, () -> recent.add(a));
        assertEquals(List.of(a), recent.files());
    }

    private Path model(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "onnx bytes").toAbsolutePath();
    }
}
