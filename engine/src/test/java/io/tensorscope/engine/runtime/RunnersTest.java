package io.tensorscope.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.model.ElementType;
import io.tensorscope.engine.model.GraphBuilder;
import io.tensorscope.engine.model.Model;
import io.tensorscope.engine.runtime.eager.EagerRunner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both runtimes behind the {@link Runner} seam: the same small chain runs alike, and a CUDA request is refused. */
class RunnersTest {

    private static final Map<String, Runners> RUNTIMES = Map.of("ONNX Runtime", Runners.ONNX_RUNTIME,
            "PyTorch", EagerRunner.PYTORCH_EAGER);

    private static Model reluChain() {
        GraphBuilder g = GraphBuilder.create("relu-chain").input("x", ElementType.FLOAT, 1, 4);
        g.node("Relu", "x").name("relu").outputs("y");
        return g.output("y", ElementType.FLOAT).build();
    }

    @Test
    void onTheCpuBothRuntimesComputeTheSameChain() throws Exception {
        TensorData x = TensorData.ofFloats("x", new float[] {-1, 2, -3, 4}, 1, 4);
        for (Map.Entry<String, Runners> runtime : RUNTIMES.entrySet()) {
            try (Runner runner = runtime.getValue().open(reluChain(), RunOptions.builder().threads(1).build())) {
                List<TensorData> out = runner.run(List.of(x));
                assertEquals(1, out.size(), runtime.getKey());
                assertArrayEquals(new float[] {0, 2, 0, 4}, out.get(0).floats(), runtime.getKey());
            }
        }
    }

    @Test
    void aCudaDeviceWithoutACudaRuntimeIsRefusedNeverRunOnTheCpu() throws Exception {
        Device gpu = new Device(Device.Kind.CUDA, "NVIDIA H200", "cuda:0, 143771 MiB");
        RunOptions options = RunOptions.builder().device(gpu).threads(1).build();
        for (Map.Entry<String, Runners> runtime : RUNTIMES.entrySet()) {
            TensorscopeException e = assertThrows(TensorscopeException.class,
                    () -> runtime.getValue().open(reluChain(), options).close(), runtime.getKey());
            assertEquals(ErrorCode.DEVICE_UNAVAILABLE, e.code(), runtime.getKey());
            assertEquals(3, e.code().exitCode());
            assertTrue(e.getMessage().contains("NVIDIA H200") && e.getMessage().contains(runtime.getKey()),
                    e.getMessage());
            assertTrue(!e.getMessage().contains("--"), "no command-line flag in an engine message: " + e.getMessage());
        }
    }
}
