package io.tensorscope.engine.runtime;

import ai.djl.engine.Engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * Versions of the libraries models run on, asked of the libraries themselves (their APIs or the metadata in their
 * jars), so that no version number is written in our code. ONNX Runtime's is {@link OnnxRunner#runtimeVersion()}.
 */
public final class RuntimeVersions {

    /** The properties file DJL's PyTorch engine jar carries: {@code djl_version}, {@code pytorch_version}. */
    private static final String PYTORCH_PROPERTIES = "pytorch-engine.properties";

    private RuntimeVersions() {
    }

    /** @return DJL's version, e.g. {@code 0.36.0} */
    public static String djl() {
        return Engine.getDjlVersion();
    }

    /**
     * @return the libtorch version DJL's PyTorch engine is built for, e.g. {@code 2.7.1}, read from its jar without
     *         loading libtorch; empty when the PyTorch engine is not on the class path
     */
    public static Optional<String> pyTorch() {
        try (InputStream in = RuntimeVersions.class.getClassLoader().getResourceAsStream(PYTORCH_PROPERTIES)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("pytorch_version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
