package io.tensorscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's CSV of texts and folder of images, and every way they can be wrong. */
class UserDatasetsTest {

    @TempDir
    Path dir;

    @Test
    void textsWithQuotesCommasNewlinesAndLabelsInFirstSeenOrder() throws Exception {
        Path csv = write("texts.csv", "id,Label,text\n1,spam,\"Buy now, \"\"cheap\"\"!\"\n2,ham,\"Lunch?\nSee you\"\n3,spam,Win\n");
        LabelledTexts texts = UserDatasets.texts(csv);
        assertEquals(List.of("Buy now, \"cheap\"!", "Lunch?\nSee you", "Win"), texts.texts());
        assertArrayEquals(new int[] {0, 1, 0}, texts.labels());
        assertEquals(List.of("spam", "ham"), texts.labelNames());
    }

    @Test
    void badTextFilesNameFileAndLine() throws Exception {
        assertFailure(ErrorCode.UNREADABLE_FILE, dir.resolve("missing.csv") + ": no such file",
                () -> UserDatasets.texts(dir.resolve("missing.csv")));
        Path empty = write("empty.csv", "");
        assertFailure(ErrorCode.BAD_ARGUMENT, empty + " is empty; expected a header row 'text,label' and one row per sample",
                () -> UserDatasets.texts(empty));
        Path headerOnly = write("header.csv", "text,label\n");
        assertFailure(ErrorCode.BAD_ARGUMENT, headerOnly + " line 1: a header row but no samples", () -> UserDatasets.texts(headerOnly));
        Path noHeader = write("noheader.csv", "hello,greeting\n");
        assertFailure(ErrorCode.BAD_ARGUMENT, noHeader + " line 1: the header row must name the columns text and label, not hello,greeting",
                () -> UserDatasets.texts(noHeader));
        Path short_ = write("short.csv", "text,label\nok,a\n\njust text\n");
        assertFailure(ErrorCode.BAD_ARGUMENT,
                short_ + " line 4: 1 column(s), expected 2 (text,label); quote fields that hold commas", () -> UserDatasets.texts(short_));
        Path noLabel = write("nolabel.csv", "text,label\nok, \n");
        assertFailure(ErrorCode.BAD_ARGUMENT, noLabel + " line 2: empty label", () -> UserDatasets.texts(noLabel));
    }

    @Test
    void imagesBecomeResizedGreyLevelsWithTheirLabels() throws Exception {
        BufferedImage grey = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 4, 2, 0, new int[] {0, 51, 102, 255, 255, 153, 51, 0});
        ImageIO.write(grey, "png", dir.resolve("grey.png").toFile());
        BufferedImage red = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 8; x++) {
                red.setRGB(x, y, 0xff0000);
            }
        }
        Files.createDirectories(dir.resolve("sub"));
        ImageIO.write(red, "jpg", dir.resolve("sub/red.jpg").toFile());
        write("labels.csv", "file,label\ngrey.png,stripes\nsub/red.jpg,flat\n");

        LabelledImages images = UserDatasets.images(dir, 2, 4);
        assertEquals(2, images.count());
        assertArrayEquals(new int[] {1, 0}, images.labels(), "text labels of images are classes in sorted order");
        assertEquals(List.of("flat", "stripes"), images.labelNames());
        assertArrayEquals(new float[] {0f, 0.2f, 0.4f, 1f, 1f, 0.6f, 0.2f, 0f}, images.batch(0, 1), 1e-6f);
        for (float v : images.batch(1, 1)) {
            assertEquals(0.299f, v, 0.02f); // JPEG red, luma of (255, 0, 0), averaged 2×2 by the resize
        }
        // halving each side averages 2×2 blocks: (0 + 0.2 + 1 + 0.6) / 4 and (0.4 + 1 + 0.2 + 0) / 4
        assertArrayEquals(new float[] {0.45f, 0.4f}, UserDatasets.images(dir, 1, 2).batch(0, 1), 1e-6f);
    }

    @Test
    void badImageFoldersNameFileAndLine() throws Exception {
        Path labels = dir.resolve("labels.csv");
        assertFailure(ErrorCode.UNREADABLE_FILE, labels + ": no such file", () -> UserDatasets.images(dir, 28, 28));
        write("labels.csv", "file,label\ngone.png,a\n");
        assertFailure(ErrorCode.UNREADABLE_FILE, labels + " line 2: image " + dir.resolve("gone.png") + " does not exist",
                () -> UserDatasets.images(dir, 28, 28));
        write("broken.png", "not an image");
        write("labels.csv", "file,label\nbroken.png,a\n");
        assertFailure(ErrorCode.UNREADABLE_FILE, labels + " line 2: " + dir.resolve("broken.png") + " is not a PNG or JPEG image",
                () -> UserDatasets.images(dir, 28, 28));
        assertFailure(ErrorCode.BAD_ARGUMENT, "image size must be at least 1x1, not 0x28", () -> UserDatasets.images(dir, 0, 28));
    }

    @Test
    void imagesOutsideTheFolderAreRefusedWhateverTheSpelling(@TempDir Path outside) throws Exception {
        BufferedImage black = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);
        ImageIO.write(black, "png", outside.resolve("secret.png").toFile());
        ImageIO.write(black, "png", dir.resolve("mine.png").toFile());
        Files.createSymbolicLink(dir.resolve("link.png"), outside.resolve("secret.png"));
        Path labels = dir.resolve("labels.csv");
        for (String file : new String[] {outside.resolve("secret.png").toString(), "../" + outside.getFileName()
                + "/secret.png", "link.png", "sub/../../" + outside.getFileName() + "/secret.png"}) {
            write("labels.csv", "file,label\nmine.png,0\n\"" + file + "\",1\n");
            TensorscopeException e = assertThrows(TensorscopeException.class, () -> UserDatasets.images(dir, 2, 2));
            assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
            assertTrue(e.getMessage().startsWith(labels + " line 3: image ") && e.getMessage().contains("outside " + dir)
                    && e.getMessage().endsWith(file), e.getMessage());
        }
        write("labels.csv", "file,label\nmine.png,0\n./mine.png,1\n");
        assertEquals(2, UserDatasets.images(dir, 2, 2).count(), "a path inside the folder, however spelled, is fine");
    }

    @Test
    void aFiftyMegabyteCellIsRefusedQuicklyInBoundedMemoryWithAClippedQuote() throws Exception {
        Path csv = dir.resolve("huge.csv");
        try (var out = Files.newBufferedWriter(csv)) {
            out.write("text,label\nshort,a\n\"");
            String block = "spam ".repeat(200_000);
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write("\",b\n");
        }
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> UserDatasets.texts(csv));
        double seconds = (System.nanoTime() - start) / 1e9;
        long allocatedMb = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20;
        assertEquals(ErrorCode.BAD_ARGUMENT, e.code());
        assertEquals(csv + " line 3: a record longer than " + Csv.MAX_RECORD_CHARS + " characters, the most one row may hold: \""
                + "\"" + "spam ".repeat(20).substring(0, 99) + "…\"", e.getMessage());
        System.out.printf("50 MB cell refused in %.2f s, %d MB allocated%n", seconds, allocatedMb);
        assertTrue(seconds < 10, seconds + " s");
        assertTrue(allocatedMb < 160, allocatedMb + " MB allocated to read past a 16 Mi character cap");
    }

    @Test
    void millionsOfLabelRowsAreStreamedAndTooManyPixelsIsAClearErrorBeforeAnyImageIsDecoded() throws Exception {
        Path labels = dir.resolve("labels.csv");
        try (var out = Files.newBufferedWriter(labels)) {
            out.write("file,label\n");
            for (int i = 0; i < 2_000_000; i++) {
                out.write("img" + i + ".png,7\n");
            }
        }
        TensorscopeException e = assertThrows(TensorscopeException.class, () -> UserDatasets.images(dir, 1000, 1000));
        assertEquals(ErrorCode.OUT_OF_MEMORY, e.code());
        assertTrue(e.getMessage().startsWith(labels + ": 2000000 images of 1000x1000 need 7450.6 GiB for their pixels; "
                + "one array holds at most 8.0 GiB"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static void assertFailure(ErrorCode code, String message, org.junit.jupiter.api.function.Executable call) {
        TensorscopeException e = assertThrows(TensorscopeException.class, call);
        assertEquals(code, e.code());
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
