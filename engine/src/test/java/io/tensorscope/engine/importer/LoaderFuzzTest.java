package io.tensorscope.engine.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.analysis.ModelAnalyzer;
import io.tensorscope.engine.export.ModelWriter;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.shape.InputSizes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated real models thrown at the loader and the analyser for a fixed time with a fixed seed: bit flips, truncation,
 * and swapped byte ranges (fields moved). Every outcome must be a model or a {@link TensorscopeException} — never
 * another exception, an error, or a hang. A failure names the seed and the mutation so it can be replayed.
 */
class LoaderFuzzTest {

    /** Time given to the mutations, ms (the suite stays short; raise it locally to fuzz longer). */
    private static final long BUDGET_MILLIS = Long.getLong("tensorscope.fuzz.millis", 20_000);
    private static final long SEED = 20261202L;

    @TempDir
    Path dir;

    @Test
    void mutatedModelsLoadOrFailWithOneTensorscopeError() throws Exception {
        Path cnnFile = dir.resolve("cnn.onnx");
        ModelWriter.write(new ModelSource().open("mnist-cnn", ProgressListener.NONE), cnnFile);
        byte[][] seeds = {TinyOnnx.model(TinyOnnx.matMulGraph(), 13).toByteArray(), Files.readAllBytes(cnnFile)};
        Random random = new Random(SEED);
        ModelLoader loader = new ModelLoader();
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        int tried = 0;
        int loaded = 0;
        while (System.currentTimeMillis() < deadline) {
            byte[] original = seeds[tried % 2 == 0 ? 0 : 1];
            int kind = random.nextInt(3);
            byte[] mutated = mutate(original, kind, random);
            Path file = Files.write(dir.resolve("m" + (tried % 4) + ".onnx"), mutated);
            try {
                Model model = loader.load(file, ProgressListener.NONE);
                ModelAnalyzer.analyze(model, InputSizes.defaults(), ProgressListener.NONE);
                loaded++;
            } catch (TensorscopeException expected) {
                assertTrue(!expected.getMessage().isBlank() && !expected.getMessage().contains("\n"),
                        "one line: " + expected.getMessage());
            } catch (Throwable t) {
                fail("seed " + SEED + ", mutation " + tried + " (" + KINDS[kind] + ", " + mutated.length
                        + " bytes): " + t, t);
            }
            tried++;
        }
        assertTrue(tried > 100, "only " + tried + " mutations in the time");
        System.out.printf("fuzz: %d mutated models, %d still loaded and analysed, the rest refused in one line%n",
                tried, loaded);
    }

    private static final String[] KINDS = {"bit flips", "truncation", "swapped ranges"};

    private static byte[] mutate(byte[] original, int kind, Random random) {
        byte[] m = original.clone();
        switch (kind) {
            case 0 -> {
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(m.length);
                    m[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> m = Arrays.copyOf(m, random.nextInt(m.length));
            default -> {
                int length = 1 + random.nextInt(Math.max(1, Math.min(64, m.length / 4)));
                int a = random.nextInt(m.length - length);
                int b = random.nextInt(m.length - length);
                byte[] first = Arrays.copyOfRange(m, a, a + length);
                System.arraycopy(m, b, m, a, length);
                System.arraycopy(first, 0, m, b, length);
            }
        }
        return m;
    }
}
