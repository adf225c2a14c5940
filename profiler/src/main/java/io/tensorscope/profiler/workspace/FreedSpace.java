package io.tensorscope.profiler.workspace;

/**
 * What {@link Workspace#collectGarbage()} removed.
 *
 * @param modelFiles model files no experiment used
 * @param leftovers  temporary files of interrupted writes
 * @param bytes      bytes freed in all
 */
public record FreedSpace(int modelFiles, int leftovers, long bytes) {
}
