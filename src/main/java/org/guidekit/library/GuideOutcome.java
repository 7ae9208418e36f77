package org.guidekit.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.guidekit.error.GuidekitException;

/**
 * What happened to one guide in a render or build.
 *
 * @param source       the guide file
 * @param status       rendered, skipped as up to date, or failed
 * @param files        files written (empty when skipped)
 * @param pages        printed pages written
 * @param audioSeconds seconds of audio written
 * @param failure      the error, when the guide (or one of its formats) failed
 * @param notes        what the user should know although nothing failed (a format skipped for this guide)
 */
public record GuideOutcome(Path source, Status status, List<Path> files, int pages, double audioSeconds,
                           Optional<GuidekitException> failure, List<String> notes) {
    /** The three ways a guide can end. */
    public enum Status { RENDERED, SKIPPED, FAILED }

    public GuideOutcome {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    public GuideOutcome(Path source, Status status, List<Path> files, int pages, double audioSeconds,
                        Optional<GuidekitException> failure) {
        this(source, status, files, pages, audioSeconds, failure, List.of());
    }


    static GuideOutcome failed(Path source, List<Path> files, GuidekitException e) {
        return new GuideOutcome(source, Status.FAILED, files, 0, 0, Optional.of(e));
    }
}
