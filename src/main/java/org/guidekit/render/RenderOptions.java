package org.guidekit.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Options shared by all renderers; each renderer reads the ones it understands. Defaults suit large print and
 * older listeners.
 *
 * @param paper                  paper size, or empty to choose from the guide's language region
 * @param bodySize               body text size in points (18 is the large-print minimum)
 * @param font                   a TrueType font for body text instead of the bundled Atkinson Hyperlegible
 * @param boldFont               its bold face
 * @param wordsPerMinute         speaking rate
 * @param pitch                  voice pitch in Hz, or empty for the voice's own
 * @param sharedPronunciations   the clinic-wide list from {@code content/pronunciations.yaml}
 * @param zip                    also pack folder outputs (DAISY) into a zip
 * @param progress               where long work reports progress
 */
public record RenderOptions(
        Optional<Paper> paper,
        float bodySize,
        Optional<Path> font,
        Optional<Path> boldFont,
        int wordsPerMinute,
        Optional<Float> pitch,
        Map<String, String> sharedPronunciations,
        boolean zip,
        Progress progress) {

    public static final float DEFAULT_BODY_SIZE = 18f;
    public static final int DEFAULT_WORDS_PER_MINUTE = 155;

    public RenderOptions {
        Objects.requireNonNull(paper);
        Objects.requireNonNull(font);
        Objects.requireNonNull(boldFont);
        Objects.requireNonNull(pitch);
        Objects.requireNonNull(progress);
        // Sorted, so the order is the same in every process (it reaches fingerprints and the speech script).
        sharedPronunciations = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(sharedPronunciations));
        if (!(bodySize >= 18f && bodySize <= 48f)) { // NaN fails too
            throw new IllegalArgumentException("body size " + bodySize + " is outside 18-48 pt");
        }
        if (pitch.isPresent() && !(pitch.get() >= 50f && pitch.get() <= 300f)) {
            throw new IllegalArgumentException("pitch " + pitch.get() + " is outside 50-300 Hz");
        }
        if (wordsPerMinute < 80 || wordsPerMinute > 300) {
            throw new IllegalArgumentException("rate " + wordsPerMinute + " is outside 80-300 words per minute");
        }
    }

    /** The defaults: 18 pt, paper from the language, 155 words per minute, no progress output. */
    public static RenderOptions defaults() {
        return new RenderOptions(Optional.empty(), DEFAULT_BODY_SIZE, Optional.empty(), Optional.empty(),
                DEFAULT_WORDS_PER_MINUTE, Optional.empty(), Map.of(), false, Progress.NONE);
    }

    public RenderOptions withPaper(Paper p) {
        return new RenderOptions(Optional.of(p), bodySize, font, boldFont, wordsPerMinute, pitch,
                sharedPronunciations, zip, progress);
    }

    /** These options with the clinic-wide pronunciation list of a content folder. */
    public RenderOptions withSharedPronunciations(Map<String, String> shared) {
        return new RenderOptions(paper, bodySize, font, boldFont, wordsPerMinute, pitch, shared, zip, progress);
    }

    public RenderOptions withBodySize(float size) {
        return new RenderOptions(paper, size, font, boldFont, wordsPerMinute, pitch, sharedPronunciations, zip,
                progress);
    }
}
