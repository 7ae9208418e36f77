package org.guidekit.library;

import java.nio.file.Path;

import org.guidekit.render.AtomicOutput;

/**
 * The output folder's lock and manifest, taken on first use: a {@code render} whose guides are all refused
 * leaves the output folder untouched, while a {@code build} opens it at once.
 */
final class OutputState implements AutoCloseable {
    private final Path out;
    private OutputLock lock;
    private BuildManifest manifest;
    private AtomicOutput.Registration unfinished;

    /** The state folder's folder of files being written, moved into the output folder when finished. */
    static final String UNFINISHED = "unfinished";

    OutputState(Path out) {
        this.out = out;
    }

    /** Locks the folder (once) and gives its manifest. */
    synchronized BuildManifest open() {
        if (lock == null) {
            lock = OutputLock.acquire(out);
            // Under the lock: the unfinished files of an earlier, killed build are no one's any more.
            unfinished = AtomicOutput.keepUnfinishedIn(out, StateFolder.of(out).resolve(UNFINISHED));
            StateFolder.migrate(out);
            manifest = BuildManifest.load(out);
        }
        return manifest;
    }

    synchronized boolean isOpen() {
        return lock != null;
    }

    @Override
    public synchronized void close() {
        if (unfinished != null) {
            unfinished.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
