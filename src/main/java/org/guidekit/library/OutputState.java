package org.guidekit.library;

import java.nio.file.Path;

/**
 * The output folder's lock and manifest, taken on first use: a {@code render} whose guides are all refused
 * leaves the output folder untouched, while a {@code build} opens it at once.
 */
final class OutputState implements AutoCloseable {
    private final Path out;
    private OutputLock lock;
    private BuildManifest manifest;

    OutputState(Path out) {
        this.out = out;
    }

    /** Locks the folder (once) and gives its manifest. */
    synchronized BuildManifest open() {
        if (lock == null) {
            lock = OutputLock.acquire(out);
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
        if (lock != null) {
            lock.close();
        }
    }
}
