package org.guidekit.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;

/**
 * Where a build keeps what is not for publishing (the manifest and the lock): beside the output folder, in
 * {@code .guidekit-state/<output folder's name>/}, so {@code output/} holds only the editions and can be copied to
 * a web server as it is. {@code output/} keeps its state in {@code ./.guidekit-state/output/}.
 */
final class StateFolder {
    static final String NAME = ".guidekit-state";

    private StateFolder() {
    }

    /** The state folder of output folder {@code out}. */
    static Path of(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null) {
            throw new OutputException(abs + ": cannot be an output folder (the build keeps its state beside it); "
                    + "choose a folder inside another one, e.g. --out output", new IOException("no parent"));
        }
        return parent.resolve(NAME).resolve(abs.getFileName().toString());
    }

    /**
     * Moves the state an older guidekit kept inside the output folder out of it: the manifest (so the next build
     * stays incremental) and the lock (deleted), so they are no longer published with the editions.
     */
    static void migrate(Path out) {
        Path state = of(out);
        Path oldManifest = out.resolve(BuildManifest.FILE_NAME);
        try {
            if (Files.isRegularFile(oldManifest)) {
                Files.createDirectories(state);
                if (Files.exists(state.resolve(BuildManifest.FILE_NAME))) {
                    Files.delete(oldManifest);
                } else {
                    Files.move(oldManifest, state.resolve(BuildManifest.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.deleteIfExists(out.resolve(OutputLock.FILE_NAME));
        } catch (IOException e) {
            throw new OutputException(out + ": cannot move an older build's state out of the output folder ("
                    + IoReason.of(e) + ")", e);
        }
    }
}
