package io.tensorscope.engine.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the devices of this machine: the CPU always, CUDA GPUs through JCuda when a driver is present.
 * JCuda throws {@link UnsatisfiedLinkError} on its first call without a driver and
 * {@link NoClassDefFoundError} on later ones, so the probe runs once per process and its answer is cached.
 */
public final class DeviceDiscovery {

    private static volatile Probe cached;

    /** What the CUDA probe found: devices, or the reason there are none. */
    private record Probe(List<Device> gpus, String reason) {
    }

    private DeviceDiscovery() {
    }

    /** @return the CPU, described by its model name and logical core count */
    public static Device cpu() {
        return new Device(Device.Kind.CPU, cpuModel(), Runtime.getRuntime().availableProcessors() + " logical cores");
    }

    /** @return CUDA devices; empty when there is no driver or no device (see {@link #gpuAbsenceReason()}) */
    public static List<Device> gpus() {
        return probe().gpus();
    }

    /** @return why there is no GPU ("no CUDA device: using CPU (…)"), or empty when there is one */
    public static Optional<String> gpuAbsenceReason() {
        Probe p = probe();
        return p.gpus().isEmpty() ? Optional.of("no CUDA device: using CPU (" + p.reason() + ")") : Optional.empty();
    }

    /** @return the CPU first, then every CUDA device */
    public static List<Device> all() {
        List<Device> devices = new ArrayList<>();
        devices.add(cpu());
        devices.addAll(gpus());
        return devices;
    }

    private static Probe probe() {
        Probe p = cached;
        if (p == null) {
            synchronized (DeviceDiscovery.class) {
                if (cached == null) {
                    cached = probeCuda();
                }
                p = cached;
            }
        }
        return p;
    }

    private static Probe probeCuda() {
        try {
            jcuda.driver.JCudaDriver.setExceptionsEnabled(true);
            jcuda.driver.JCudaDriver.cuInit(0);
            int[] count = new int[1];
            jcuda.driver.JCudaDriver.cuDeviceGetCount(count);
            List<Device> gpus = new ArrayList<>();
            for (int i = 0; i < count[0]; i++) {
                jcuda.driver.CUdevice device = new jcuda.driver.CUdevice();
                jcuda.driver.JCudaDriver.cuDeviceGet(device, i);
                byte[] name = new byte[256];
                jcuda.driver.JCudaDriver.cuDeviceGetName(name, name.length, device);
                long[] bytes = new long[1];
                jcuda.driver.JCudaDriver.cuDeviceTotalMem(bytes, device);
                gpus.add(new Device(Device.Kind.CUDA, new String(name).trim(), "cuda:" + i + ", "
                        + bytes[0] / (1L << 20) + " MiB"));
            }
            return new Probe(List.copyOf(gpus), count[0] == 0 ? "the CUDA driver reports no device" : "");
        } catch (LinkageError e) {
            // JCuda's own native library loads only where the NVIDIA driver's libcuda.so.1 does
            return new Probe(List.of(), "no NVIDIA driver: JCuda could not load the CUDA driver library (libcuda.so.1)");
        } catch (RuntimeException e) {
            return new Probe(List.of(), "CUDA driver error: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or unreadable: fall back to the architecture below
        }
        return System.getProperty("os.arch");
    }
}
