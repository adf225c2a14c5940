package io.tensorscope.profiler.ceilings;

/**
 * Other work of this process that times models on the same cores (in the workbench: a profile or an experiment).
 * Roofs measured while such work started or stopped compete with it for the cores, so {@link CeilingsService}
 * returns them but does not cache them.
 */
@FunctionalInterface
public interface CompetingWork {

    /** Nothing else measures in this process (the command line: one command at a time). */
    CompetingWork NONE = () -> () -> false;

    /** @return a watch that starts now */
    Watch watch();

    /** Whether competing work came or went since {@link CompetingWork#watch()}. */
    @FunctionalInterface
    interface Watch {

        /** @return true if competing work started or stopped since the watch started; safe from any thread */
        boolean overlapped();
    }
}
