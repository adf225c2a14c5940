package io.tensorscope.profiler.experiment;

import java.time.Instant;

/**
 * One experiment as {@code experiments list} shows it: the figures a workspace keeps in indexed columns, read without
 * parsing the record.
 *
 * @param id              the experiment's id
 * @param createdAt       when it was made
 * @param name            its short name
 * @param parentId        the experiment it was made from, or null for an original
 * @param modelName       the model's display name
 * @param modelSha256     hex SHA-256 of the model
 * @param modelSizeBytes  serialized model size, bytes
 * @param latencyMedianMs median latency, ms, or null when not timed
 * @param metric          what {@code metricValue} is, or null when not scored
 * @param metricValue     the score (0..1 for accuracies), or null when not scored
 */
public record ExperimentRow(String id, Instant createdAt, String name, String parentId, String modelName,
                            String modelSha256, long modelSizeBytes, Double latencyMedianMs, String metric,
                            Double metricValue) {
}
