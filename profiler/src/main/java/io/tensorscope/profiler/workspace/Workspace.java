package io.tensorscope.profiler.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.pass.PassRegistry;
import io.tensorscope.profiler.experiment.Digests;
import io.tensorscope.profiler.experiment.ExperimentRecord;
import io.tensorscope.profiler.experiment.ExperimentRow;
import io.tensorscope.profiler.experiment.MeasuredDetail;
import io.tensorscope.profiler.report.ExperimentRecordJson;
import io.tensorscope.profiler.report.MeasuredDetailJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The experiment workspace: an SQLite database of {@link ExperimentRecord}s (each one's JSON plus indexed columns)
 * and, beside it, the {@code models/} folder of the models experiments made, stored once per SHA-256. Originals are
 * recorded by digest, never copied. Several instances and processes may use one workspace at once (see
 * {@link WorkspaceDatabase}); one instance may be shared by threads (its calls take turns).
 */
public final class Workspace implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ID_PREFIX = Pattern.compile("[0-9a-fA-F-]{4,36}");
    private static final Pattern DIGEST_PREFIX = Pattern.compile("[0-9a-f]{6,64}");
    private static final String ROW_COLUMNS = "id, created_at_ms, name, parent_id, model_name, model_sha256, "
            + "model_size_bytes, latency_median_ms, metric, metric_value";
    private static final String NEWEST_FIRST = " ORDER BY created_at_ms DESC, rowid DESC";
    private static final String SUBTREE = "WITH RECURSIVE subtree(id) AS (SELECT ? UNION ALL SELECT e.id FROM "
            + "experiments e JOIN subtree ON e.parent_id = subtree.id) ";

    private final Path file;
    private final Connection connection;
    private final ModelStore models;
    private PassRegistry registry;

    private Workspace(Path file, Connection connection, ModelStore models) {
        this.file = file;
        this.connection = connection;
        this.models = models;
    }

    /**
     * Opens the workspace at {@code file}, creating it (and its folder) when missing and migrating an older schema.
     *
     * @throws TensorscopeException {@code UNREADABLE_FILE} for a file that cannot be written, is corrupt, is not a
     *                              workspace, or was written by a newer Tensorscope
     */
    public static Workspace open(Path file) throws TensorscopeException {
        Path absolute = file.toAbsolutePath();
        Connection connection = WorkspaceDatabase.open(absolute);
        try {
            SchemaMigrations.migrate(connection, absolute);
        } catch (SQLException | TensorscopeException e) {
            closeQuietly(connection);
            throw e instanceof SQLException sql ? WorkspaceDatabase.failure(absolute, sql) : (TensorscopeException) e;
        }
        return new Workspace(absolute, connection, new ModelStore(absolute.resolveSibling("models")));
    }

    /** @return the database file, absolute */
    public Path file() {
        return file;
    }

    /**
     * Records {@code recordings} in one transaction: their models are stored first, then every row is committed, or
     * none is. Records may come in any order (a child before its parent); every parent must be recorded by the end.
     *
     * @throws TensorscopeException {@code UNREADABLE_FILE} / {@code DISK_FULL} when the workspace cannot be written
     */
    public synchronized void record(List<Recording> recordings) throws TensorscopeException {
        PassRegistry passes = registry();
        transaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO experiments (" + ROW_COLUMNS
                    + ", record_json, detail_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Recording recording : recordings) {
                    ExperimentRecord r = recording.record();
                    if (recording.model() != null) {
                        store(r, recording.model().proto().toByteArray());
                    }
                    insert.setString(1, r.id());
                    insert.setLong(2, r.createdAt().toEpochMilli());
                    insert.setString(3, r.name());
                    insert.setString(4, r.parentId());
                    insert.setString(5, r.modelName());
                    insert.setString(6, r.modelSha256());
                    insert.setLong(7, r.modelSizeBytes());
                    insert.setObject(8, r.latency() == null ? null : r.latency().medianMs());
                    insert.setString(9, r.evaluation() == null ? null : r.evaluation().metric());
                    insert.setObject(10, r.evaluation() == null ? null : r.evaluation().value());
                    insert.setString(11, ExperimentRecordJson.write(r, passes).toString());
                    insert.setString(12, recording.detail() == null ? null
                            : MeasuredDetailJson.write(recording.detail()).toString());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * @param model a model name (as {@code tensorscope models} or a file name gives it) or the first 6 or more hex
     *              digits of a model's SHA-256; null for every experiment
     * @return the experiments of that model, newest first
     */
    public synchronized List<ExperimentRow> list(String model) throws TensorscopeException {
        boolean byDigest = model != null && DIGEST_PREFIX.matcher(model).matches();
        String where = model == null ? "" : " WHERE model_name = ?" + (byDigest ? " OR model_sha256 LIKE ?" : "");
        return query(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + ROW_COLUMNS + " FROM experiments" + where
                    + NEWEST_FIRST)) {
                if (model != null) {
                    select.setString(1, model);
                }
                if (byDigest) {
                    select.setString(2, model + "%");
                }
                List<ExperimentRow> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ExperimentRow(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7),
                                nullable(rs, 8), rs.getString(9), nullable(rs, 10)));
                    }
                }
                return rows;
            }
        });
    }

    /**
     * @param idOrPrefix an experiment's id, or its first 4 or more characters
     * @return the full id
     * @throws TensorscopeException {@code BAD_ARGUMENT} when no experiment, or more than one, has it
     */
    public synchronized String resolveId(String idOrPrefix) throws TensorscopeException {
        List<String> ids = ID_PREFIX.matcher(idOrPrefix).matches() ? strings("SELECT id FROM experiments WHERE id "
                + "LIKE ? LIMIT 2", idOrPrefix + "%") : List.of();
        if (ids.isEmpty()) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "no experiment " + idOrPrefix + " in " + file
                    + " (see 'tensorscope experiments list')");
        }
        if (ids.size() > 1) {
            throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "more than one experiment's id starts with "
                    + idOrPrefix + ": give more of it");
        }
        return ids.get(0);
    }

    /** @return the experiment of id {@code id}, if recorded */
    public synchronized Optional<ExperimentRecord> find(String id) throws TensorscopeException {
        return column("record_json", id, "the record", ExperimentRecordJson::read);
    }

    /**
     * @return the per-layer and per-kernel measurements kept with experiment {@code id}, if it was recorded with them
     * @throws TensorscopeException {@code UNREADABLE_FILE} when they are malformed
     */
    public synchronized Optional<MeasuredDetail> detail(String id) throws TensorscopeException {
        return column("detail_json", id, "the measurements", MeasuredDetailJson::read);
    }

    /** Reads a JSON document from the workspace's JSON columns. */
    private interface JsonReader<T> {
        T read(JsonNode json) throws TensorscopeException;
    }

    /** @return the JSON column {@code column} of experiment {@code id} read by {@code reader}; empty when null */
    private <T> Optional<T> column(String column, String id, String what, JsonReader<T> reader)
            throws TensorscopeException {
        List<String> json = strings("SELECT " + column + " FROM experiments WHERE id = ? AND " + column
                + " IS NOT NULL", id);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(MAPPER.readTree(json.get(0))));
        } catch (JsonProcessingException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, what + " of experiment " + id + " in " + file
                    + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** @return the ids of the experiments made from experiment {@code id}, oldest first */
    public synchronized List<String> children(String id) throws TensorscopeException {
        return strings("SELECT id FROM experiments WHERE parent_id = ? ORDER BY created_at_ms, rowid", id);
    }

    /** @return the newest experiment whose model has digest {@code sha256}, if any */
    public synchronized Optional<String> newestWithModel(String sha256) throws TensorscopeException {
        return strings("SELECT id FROM experiments WHERE model_sha256 = ?" + NEWEST_FIRST + " LIMIT 1", sha256)
                .stream().findFirst();
    }

    /**
     * Removes experiment {@code id} (and, with {@code recursive}, every experiment made from it, at any depth). Model
     * files stay until {@link #collectGarbage()}.
     *
     * @return the ids removed
     * @throws TensorscopeException {@code BAD_ARGUMENT} when it has children and {@code recursive} is false
     */
    public synchronized List<String> remove(String id, boolean recursive) throws TensorscopeException {
        return transaction(c -> {
            List<String> children = strings(c, "SELECT id FROM experiments WHERE parent_id = ?", id);
            if (!children.isEmpty() && !recursive) {
                throw new TensorscopeException(ErrorCode.BAD_ARGUMENT, "experiment " + id + " has " + children.size()
                        + " child experiment(s): remove them first, or give --recursive");
            }
            List<String> removed = strings(c, SUBTREE + "SELECT id FROM subtree", id);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM experiments WHERE id IN (" + SUBTREE
                    + "SELECT id FROM subtree)")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
            return removed;
        });
    }

    /** @return the stored model file of digest {@code sha256}, if the workspace holds it */
    public Optional<Path> storedModel(String sha256) {
        Path stored = models.file(sha256);
        return Files.isRegularFile(stored) ? Optional.of(stored) : Optional.empty();
    }

    /**
     * Deletes the model files no experiment uses and the temporary files of interrupted writes, holding the write
     * lock (so no model being recorded right now is taken for garbage).
     *
     * @return what was freed
     */
    public synchronized FreedSpace collectGarbage() throws TensorscopeException {
        return transaction(c -> {
            Set<String> used = new HashSet<>(strings(c, "SELECT DISTINCT model_sha256 FROM experiments"));
            int files = 0;
            long bytes = 0;
            try {
                for (Map.Entry<String, Long> stored : models.stored().entrySet()) {
                    if (!used.contains(stored.getKey())) {
                        Files.delete(models.file(stored.getKey()));
                        files++;
                        bytes += stored.getValue();
                    }
                }
                List<Path> leftovers = models.leftovers();
                for (Path leftover : leftovers) {
                    bytes += Files.size(leftover);
                    Files.delete(leftover);
                }
                return new FreedSpace(files, leftovers.size(), bytes);
            } catch (IOException e) {
                throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot clean " + models.folder() + ": "
                        + e.getMessage(), e);
            }
        });
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private void store(ExperimentRecord record, byte[] bytes) throws TensorscopeException {
        if (!Digests.of(bytes).equals(record.modelSha256())) {
            throw new IllegalArgumentException("experiment " + record.id() + " names another model's digest");
        }
        models.put(record.modelSha256(), bytes);
    }

    private PassRegistry registry() {
        if (registry == null) {
            registry = PassRegistry.standard();
        }
        return registry;
    }

    private List<String> strings(String sql, String... parameters) throws TensorscopeException {
        return query(c -> strings(c, sql, parameters));
    }

    private static List<String> strings(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private <T> T query(WorkspaceDatabase.Work<T> work) throws TensorscopeException {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw WorkspaceDatabase.failure(file, e);
        }
    }

    private <T> T transaction(WorkspaceDatabase.Work<T> work) throws TensorscopeException {
        try {
            return WorkspaceDatabase.write(connection, work);
        } catch (SQLException e) {
            throw WorkspaceDatabase.failure(file, e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection that failed to open or migrate: nothing left to release
        }
    }
}
