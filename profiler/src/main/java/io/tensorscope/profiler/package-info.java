/**
 * Measured machine ceilings, per-node timing, roofline data and reports (see issue "Profiler").
 * Headless: no JavaFX here. The foundation only fixes the module and its dependency on the engine.
 */
package io.tensorscope.profiler;
