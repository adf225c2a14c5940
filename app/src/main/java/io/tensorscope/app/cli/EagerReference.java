package io.tensorscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.profiler.reference.NativeProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PyTorch eager reference of the training bench: {@code resnet18_eager.py} (a resource beside this class) run by a
 * {@code python3} that imports {@code torch}, e.g. Debian's {@code python3-torch}. It trains the same ResNet-18 as
 * {@code engine.zoo.ResNet} for one epoch on random images and reports its images/s.
 */
final class EagerReference {

    private static final String SCRIPT = "resnet18_eager.py";
    private static final List<String> PYTHONS = List.of("python3", "/usr/bin/python3");
    private static final Duration PROBE_LIMIT = Duration.ofSeconds(60);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);

    /**
     * One epoch measured by the reference.
     *
     * @param torchVersion    PyTorch's version
     * @param parameters      the network's weights and BatchNorm statistics, values (to check it is our network)
     * @param imagesPerSecond training images per second (forward, loss, backward, step, batch assembly)
     */
    record Measurement(String torchVersion, long parameters, double imagesPerSecond) {
    }

    private final String python;
    private final Path folder;

    private EagerReference(String python, Path folder) {
        this.python = python;
        this.folder = folder;
    }

    /** @return the reference on the first {@code python3} that imports torch, or empty when there is none */
    static Optional<EagerReference> find() throws TensorscopeException {
        try {
            Path folder = Files.createTempDirectory("tensorscope-eager");
            folder.toFile().deleteOnExit();
            for (String python : PYTHONS) {
                if (NativeProcess.run(List.of(python, "-c", "import torch"), Map.of(), folder, PROBE_LIMIT)
                        .succeeded()) {
                    try (InputStream script = EagerReference.class.getResourceAsStream(SCRIPT)) {
                        Path copy = folder.resolve(SCRIPT);
                        Files.copy(script, copy, StandardCopyOption.REPLACE_EXISTING);
                        copy.toFile().deleteOnExit();
                    }
                    return Optional.of(new EagerReference(python, folder));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.INTERNAL, "cannot prepare the PyTorch eager reference: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TensorscopeException(ErrorCode.CANCELLED, "interrupted", e);
        }
    }

    /**
     * @return one epoch of {@code images} random images in batches of {@code batch}, on {@code threads} threads
     * @throws TensorscopeException {@code INTERNAL} if the script fails or prints no measurement
     */
    Measurement measure(int width, int batch, int images, int threads, long seed, double learningRate)
            throws TensorscopeException {
        try {
            NativeProcess.Result result = NativeProcess.run(List.of(python, folder.resolve(SCRIPT).toString(),
                    Integer.toString(width), Integer.toString(batch), Integer.toString(images),
                    Integer.toString(threads), Long.toString(seed), Double.toString(learningRate)),
                    Map.of("OMP_NUM_THREADS", Integer.toString(threads)), folder, RUN_LIMIT);
            if (!result.succeeded()) {
                throw new TensorscopeException(ErrorCode.INTERNAL, "the PyTorch eager reference failed: "
                        + result.firstLine());
            }
            String last = result.output().strip().lines().reduce((a, b) -> b).orElse("{}");
            JsonNode json = new ObjectMapper().readTree(last);
            return new Measurement(json.path("torch").asText(), json.path("parameters").asLong(),
                    json.path("images_per_second").asDouble());
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.INTERNAL, "the PyTorch eager reference printed no "
                    + "measurement: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TensorscopeException(ErrorCode.CANCELLED, "interrupted", e);
        }
    }
}
