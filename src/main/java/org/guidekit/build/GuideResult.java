package org.guidekit.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.guidekit.error.GuidekitException;

/**
 * What happened to one guide in a check, render or build.
 *
 * @param source  the guide file
 * @param files   files written
 * @param failure the error, when the guide (or one of its formats) failed
 */
public record GuideResult(Path source, List<Path> files, Optional<GuidekitException> failure) {
    public GuideResult {
        files = List.copyOf(files);
    }

    public boolean ok() {
        return failure.isEmpty();
    }
}
