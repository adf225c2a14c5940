package io.tensorscope.profiler.report.gain;

import io.tensorscope.engine.Versions;
import io.tensorscope.profiler.ceilings.MachineCeilings;
import io.tensorscope.profiler.ceilings.MachineKey;
import java.util.ArrayList;
import java.util.List;

/** The {@link Fingerprint} of this machine and software, with a note for each figure measured elsewhere. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * @param subjects the models reported on (the baseline's thread count is the report's)
     * @param ceilings this machine's measured ceilings, or null when not measured
     * @return the fingerprint of this machine
     */
    public static Fingerprint current(List<ReportSubject> subjects, MachineCeilings ceilings) {
        int threads = subjects.get(0).record().latency().threads();
        MachineKey here = MachineKey.current(threads);
        List<Fingerprint.Ceiling> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (ceilings == null) {
            notes.add("ceilings not measured: run 'tensorscope ceilings' for the rooflines and bounds");
        } else {
            for (RooflineView.Roof roof : LayerTables.roofs(ceilings.forThreads(threads))) {
                figures.add(roof.bandwidth() ? new Fingerprint.Ceiling(roof.name() + " bandwidth", roof.value(), "GB/s")
                        : new Fingerprint.Ceiling(roof.name(), roof.value(), "GFLOP/s"));
            }
            notes.add("ceilings measured " + ceilings.measuredAt());
            notes.addAll(ceilings.notes());
        }
        for (ReportSubject s : subjects) {
            MachineKey m = s.record().machine();
            if (!m.cpuModel().equals(here.cpuModel()) || m.logicalCores() != here.logicalCores()
                    || !m.runtime().equals(here.runtime())) {
                notes.add(s.record().name() + " was measured on " + m.cpuModel() + " (" + m.logicalCores()
                        + " cores, " + m.runtime() + ")");
            }
            if (s.record().latency().threads() != threads) {
                notes.add(s.record().name() + " was timed on " + s.record().latency().threads() + " threads, the "
                        + "baseline on " + threads);
            }
        }
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new Fingerprint(here.cpuModel(), here.logicalCores(), threads, os, System.getProperty("java.version"),
                here.runtime(), Versions.TENSORSCOPE, figures, notes);
    }
}
