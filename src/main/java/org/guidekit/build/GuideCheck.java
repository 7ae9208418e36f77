package org.guidekit.build;

import java.nio.file.Path;
import java.util.List;

import org.guidekit.error.ContentException;
import org.guidekit.error.Problem;
import org.guidekit.read.MarkdownGuideReader;

/** Checks guide files: reads each into the model and collects every problem found. */
public final class GuideCheck {
    private GuideCheck() {
    }

    /** The problems of one file; empty when it is fine. I/O failures are thrown. */
    public static List<Problem> check(Path file) {
        try {
            MarkdownGuideReader.read(file);
            return List.of();
        } catch (ContentException e) {
            return e.problems();
        }
    }
}
