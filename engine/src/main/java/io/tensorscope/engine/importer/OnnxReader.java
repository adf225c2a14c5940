package io.tensorscope.engine.importer;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.importer.spi.ModelImporter;
import io.tensorscope.engine.model.Model;
import io.tensorscope.onnx.Onnx.ModelProto;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reads ONNX protobuf files (memory-mapped, weights aliased, not copied). Accepts any content not claimed by another importer. */
public final class OnnxReader implements ModelImporter {

    /** Largest file a protobuf message can be parsed from; bigger models must keep weights in external data. */
    public static final long MAX_PROTOBUF_BYTES = Integer.MAX_VALUE;

    @Override
    public String format() {
        return "onnx";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return true;
    }

    @Override
    public Model importModel(Path file, ProgressListener progress) throws TensorscopeException {
        ModelProto proto = parse(file);
        if (!proto.hasGraph() || proto.getOpsetImportCount() == 0 || proto.getIrVersion() <= 0) {
            throw new TensorscopeException(ErrorCode.INVALID_MODEL, file.getFileName()
                    + " is not an ONNX model (no graph, IR version or opset): wrong file, or corrupt");
        }
        long size = ExternalData.checkAndMeasure(proto, file);
        return new Model(proto, file.getFileName().toString(), file, format(), size);
    }

    private static ModelProto parse(Path file) throws TensorscopeException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > MAX_PROTOBUF_BYTES) {
                throw new TensorscopeException(ErrorCode.INVALID_MODEL, file.getFileName() + " is "
                        + size / (1L << 20) + " MiB: a single ONNX protobuf stops at 2 GiB; save the weights as external data");
            }
            MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            CodedInputStream in = CodedInputStream.newInstance(buffer);
            in.enableAliasing(true);
            in.setSizeLimit(Integer.MAX_VALUE);
            ModelProto proto = ModelProto.parseFrom(in);
            in.checkLastTagWas(0);
            return proto;
        } catch (InvalidProtocolBufferException e) {
            throw new TensorscopeException(ErrorCode.INVALID_MODEL, file.getFileName()
                    + " is not a valid ONNX file: " + why(e), e);
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new TensorscopeException(ErrorCode.INVALID_MODEL, file.getFileName()
                    + " is not a valid ONNX file (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** @return what the protobuf parser's failure means, in our words (its own text names its internals) */
    private static String why(InvalidProtocolBufferException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("ended unexpectedly") || message.contains("truncated")) {
            return "it ends in the middle of a field (truncated: an interrupted download or copy?)";
        }
        if (message.contains("levels of nesting")) {
            return "it nests messages deeper than any model does (corrupt or hostile)";
        }
        return "its bytes are not an ONNX protobuf (corrupt, or a file of another format)";
    }
}
