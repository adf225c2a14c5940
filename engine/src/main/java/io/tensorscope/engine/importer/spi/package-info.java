/**
 * The contract a model file format implements ({@link io.tensorscope.engine.importer.spi.ModelImporter}). A package
 * of its own so that a format's package, such as {@code importer.tfjs}, implements it without depending on
 * {@code importer}, which lists the built-in formats: no package cycle.
 */
package io.tensorscope.engine.importer.spi;
