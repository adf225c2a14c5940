package io.tensorscope.profiler.workspace;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The workspace's schema, version by version. Migration {@code i} takes a database from version {@code i} to
 * {@code i + 1}; the version reached is kept in {@code schema_version}. Migrations only ever get appended: an
 * existing one is never edited.
 */
final class SchemaMigrations {

    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            """
            CREATE TABLE experiments (
              id TEXT PRIMARY KEY,
              parent_id TEXT REFERENCES experiments(id) DEFERRABLE INITIALLY DEFERRED,
              name TEXT NOT NULL,
              created_at_ms INTEGER NOT NULL,
              model_name TEXT,
              model_sha256 TEXT NOT NULL,
              model_size_bytes INTEGER NOT NULL,
              latency_median_ms REAL,
              metric TEXT,
              metric_value REAL,
              record_json TEXT NOT NULL)""",
            "CREATE INDEX experiments_by_parent ON experiments(parent_id)",
            "CREATE INDEX experiments_by_time ON experiments(created_at_ms)",
            "CREATE INDEX experiments_by_model_name ON experiments(model_name, created_at_ms)",
            "CREATE INDEX experiments_by_model_sha256 ON experiments(model_sha256)"),
            List.of("ALTER TABLE experiments ADD COLUMN detail_json TEXT"));

    /** The version this Tensorscope writes, and the newest it reads. */
    static final int CURRENT = MIGRATIONS.size();

    private SchemaMigrations() {
    }

    /**
     * Brings the database up to {@link #CURRENT} in one transaction (two processes opening a new workspace at once
     * migrate it once).
     *
     * @throws TensorscopeException {@code UNREADABLE_FILE} for a database of a newer schema, or of another program
     */
    static void migrate(Connection connection, Path file) throws SQLException, TensorscopeException {
        if (checkedVersion(connection, file) == CURRENT) {
            return;
        }
        WorkspaceDatabase.write(connection, c -> {
            int version = checkedVersion(c, file);
            if (version == 0 && tableCount(c) > 0) {
                throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, file + " is a database of another program, "
                        + "not a Tensorscope workspace: give --workspace FILE");
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                for (int v = version; v < CURRENT; v++) {
                    for (String sql : MIGRATIONS.get(v)) {
                        s.execute(sql);
                    }
                }
                s.execute("DELETE FROM schema_version");
                s.execute("INSERT INTO schema_version (version) VALUES (" + CURRENT + ")");
            }
            return null;
        });
    }

    /** @return the schema version of the database (0: new) */
    static int version(Connection connection) throws SQLException {
        if (number(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
                == 0) {
            return 0;
        }
        return number(connection, "SELECT coalesce(max(version), 0) FROM schema_version");
    }

    private static int checkedVersion(Connection connection, Path file) throws SQLException, TensorscopeException {
        int version = version(connection);
        if (version > CURRENT) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "the workspace " + file + " was written by a "
                    + "newer Tensorscope (schema " + version + "; this one reads up to " + CURRENT + "): upgrade "
                    + "Tensorscope");
        }
        return version;
    }

    private static int tableCount(Connection connection) throws SQLException {
        return number(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    }

    private static int number(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }
}
