package io.tensorscope.engine.prune;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.Deflater;

/** What pruning reports about a weight's values: how many are zero, and how small they compress. */
final class WeightMeasures {

    private static final int CHUNK_BYTES = 1 << 16;

    private WeightMeasures() {
    }

    /** @return how many of {@code values} are zero (+0 or −0) */
    static long zeros(float[] values) {
        long zeros = 0;
        for (float v : values) {
            if (v == 0f) {
                zeros++;
            }
        }
        return zeros;
    }

    /**
     * @return bytes of {@code values} as stored in an ONNX file (float32, little-endian) once compressed with deflate
     * at its default level (what zip and gzip do), without headers
     */
    static long deflatedBytes(float[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(raw.array());
            deflater.finish();
            byte[] chunk = new byte[CHUNK_BYTES];
            while (!deflater.finished()) {
                deflater.deflate(chunk);
            }
            return deflater.getBytesWritten();
        } finally {
            deflater.end();
        }
    }
}
