package io.tensorscope.profiler.workspace;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.TensorscopeException;
import io.tensorscope.engine.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Connections to a workspace file, configured for several processes at once (the CLI and the workbench): write-ahead
 * log (readers never wait for a writer), {@value #BUSY_TIMEOUT_MS} ms of waiting for another writer instead of
 * "database is locked", every commit synced to disk, foreign keys enforced, and write transactions that take the
 * write lock when they begin ({@code BEGIN IMMEDIATE}), so two writers queue instead of failing.
 */
final class WorkspaceDatabase {

    /** How long a writer waits for another one, ms. */
    static final int BUSY_TIMEOUT_MS = 60_000;

    private WorkspaceDatabase() {
    }

    /** Work done in one write transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException, TensorscopeException;
    }

    /**
     * @param file the database file; it and its folder are created when missing
     * @return an open connection in auto-commit mode
     * @throws TensorscopeException {@code UNREADABLE_FILE} when the file cannot be created or is not a database
     */
    static Connection open(Path file) throws TensorscopeException {
        if (Files.isDirectory(file)) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "the workspace " + file + " is a folder: give "
                    + "--workspace FILE");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot create the workspace folder of " + file
                    + " (" + e.getMessage() + "): give --workspace FILE in a folder you can write", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    /**
     * Runs {@code work} in one transaction holding the write lock: all of it is committed, or none (a failure, or a
     * process killed half-way, leaves the database as it was).
     */
    static <T> T write(Connection connection, Work<T> work) throws SQLException, TensorscopeException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | TensorscopeException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** @return what a database failure on {@code file} means to a user, in one line */
    static TensorscopeException failure(Path file, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : SQLiteErrorCode.SQLITE_ERROR;
        int primary = code.code & 0xff;
        String detail = " (" + String.valueOf(e.getMessage()).strip() + ")";
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new TensorscopeException(ErrorCode.UNREADABLE_FILE, "the workspace " + file + " is corrupt or not "
                    + "a Tensorscope workspace" + detail + ": move it away, or give --workspace FILE", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code || e.getMessage() != null
                && AtomicFiles.isDiskFull(new IOException(e.getMessage()))) {
            return new TensorscopeException(ErrorCode.DISK_FULL, "the disk of the workspace " + file + " is full"
                    + detail, e);
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new TensorscopeException(ErrorCode.UNREADABLE_FILE, "the workspace " + file + " stayed locked by "
                    + "another program for " + BUSY_TIMEOUT_MS / 1000 + " s; try again" + detail, e);
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code || primary == SQLiteErrorCode.SQLITE_READONLY.code
                || primary == SQLiteErrorCode.SQLITE_PERM.code || primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return new TensorscopeException(ErrorCode.UNREADABLE_FILE, "cannot write the workspace " + file + detail
                    + ": give --workspace FILE in a folder you can write", e);
        }
        return new TensorscopeException(ErrorCode.INTERNAL, "workspace " + file + ": " + e.getMessage(), e);
    }
}
