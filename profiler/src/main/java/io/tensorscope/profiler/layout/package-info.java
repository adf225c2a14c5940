/**
 * Headless graph layout with ELK: node boxes and edge polylines of a model's graph, used by the workbench's graph
 * view and timed by {@code tensorscope bench}. No JavaFX here.
 */
package io.tensorscope.profiler.layout;
