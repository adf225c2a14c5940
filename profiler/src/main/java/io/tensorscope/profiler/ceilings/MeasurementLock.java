package io.tensorscope.profiler.ceilings;

import io.tensorscope.engine.ErrorCode;
import io.tensorscope.engine.ProgressListener;
import io.tensorscope.engine.TensorscopeException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A lock across processes on measuring this machine's ceilings (a file lock in the cache folder): two measurements
 * at once would each load the cores the other is timing, and cache figures measured while contending. Waiting honours
 * cancellation and says what it waits for. Where the folder cannot be written no lock can be taken, and the
 * measurement goes ahead unlocked.
 */
final class MeasurementLock implements AutoCloseable {

    /** The lock file's name in the cache folder. */
    static final String FILE = "measure.lock";
    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;
    private final FileLock lock;
    private final boolean waited;

    private MeasurementLock(FileChannel channel, FileLock lock, boolean waited) {
        this.channel = channel;
        this.lock = lock;
        this.waited = waited;
    }

    /**
     * @return the lock, held until {@link #close()}
     * @throws TensorscopeException {@code CANCELLED} when cancelled while waiting
     */
    static MeasurementLock acquire(Path directory, ProgressListener progress) throws TensorscopeException {
        FileChannel channel;
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(directory.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return new MeasurementLock(null, null, false);
        }
        boolean waited = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new MeasurementLock(channel, lock, waited);
                }
                waited = true;
                progress.onProgress(0, "waiting for another process measuring this machine's ceilings");
                progress.checkCancelled();
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel);
            throw new TensorscopeException(ErrorCode.CANCELLED, "cancelled by the user");
        } catch (TensorscopeException | RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            return null; // held by this process (another service on the same folder) or not lockable now
        }
    }

    /** @return whether another process held the lock when it was asked for (its figures may now be cached) */
    boolean waited() {
        return waited;
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the channel releases it too
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held any more
        }
    }
}
