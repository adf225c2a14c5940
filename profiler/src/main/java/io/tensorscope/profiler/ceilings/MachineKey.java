package io.tensorscope.profiler.ceilings;

import io.tensorscope.engine.runtime.DeviceDiscovery;
import io.tensorscope.engine.runtime.OnnxRunner;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * What measured ceilings depend on: the CPU model, its logical cores, the thread count and the runtime
 * version. Ceilings cached under another key are not reused.
 *
 * @param cpuModel     CPU model name
 * @param logicalCores logical cores
 * @param threads      the "all threads" count
 * @param runtime      runtime name and version
 */
public record MachineKey(String cpuModel, int logicalCores, int threads, String runtime) {

    /** @return the key of this machine for {@code threads} threads */
    public static MachineKey current(int threads) {
        return new MachineKey(DeviceDiscovery.cpu().name(), Runtime.getRuntime().availableProcessors(), threads,
                OnnxRunner.runtimeVersion());
    }

    /** @return the key of {@code ceilings} */
    public static MachineKey of(MachineCeilings ceilings) {
        return new MachineKey(ceilings.cpuModel(), ceilings.logicalCores(), ceilings.allThreads().threads(),
                ceilings.runtime());
    }

    /** @return a file name unique to this key, e.g. {@code ceilings-2t-1a2b3c4d.json} */
    public String fileName() {
        CRC32 crc = new CRC32();
        crc.update((cpuModel + "|" + logicalCores + "|" + runtime).getBytes(StandardCharsets.UTF_8));
        return "ceilings-" + threads + "t-" + HexFormat.of().toHexDigits((int) crc.getValue()) + ".json";
    }
}
