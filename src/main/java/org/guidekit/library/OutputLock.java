package org.guidekit.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;

/**
 * An exclusive lock on an output folder, so two builds at once cannot interleave their files. The lock file lives
 * in the output folder's {@link StateFolder}, never among the published editions. The operating
 * system releases it when the process ends, even on kill, so a crashed build never leaves a stale lock.
 */
final class OutputLock implements AutoCloseable {
    static final String FILE_NAME = ".guidekit.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock acquire(Path out) {
        Path file = StateFolder.of(out).resolve(FILE_NAME);
        try {
            Files.createDirectories(out);
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new OutputException(out + ": another guidekit build is writing to this folder (lock "
                        + file + "); wait for it to finish, or use another --out folder", new IOException("locked"));
            }
            return new OutputLock(channel, lock);
        } catch (IOException e) {
            throw new OutputException(out + ": cannot lock the output folder (" + IoReason.of(e) + ")", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock when the process ends anyway
        }
    }
}
