package org.guidekit.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.guidekit.model.Required;

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
 * @param brailleGrade           1 for uncontracted braille, 2 for contracted (the default)
 * @param brailleCells           cells per braille line (40 for embossed paper)
 * @param brailleLines           lines per braille page (25 for embossed paper)
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
        Progress progress,
        int brailleGrade,
        int brailleCells,
        int brailleLines) {

    public static final float DEFAULT_BODY_SIZE = 18f;
    public static final int DEFAULT_WORDS_PER_MINUTE = 155;
    public static final int DEFAULT_BRAILLE_GRADE = 2;
    public static final int DEFAULT_BRAILLE_CELLS = 40;
    public static final int DEFAULT_BRAILLE_LINES = 25;
    /** Smallest and largest braille page the layout supports (a centred heading needs 3 blank cells a side). */
    public static final int MIN_BRAILLE_CELLS = 16;
    public static final int MAX_BRAILLE_CELLS = 100;
    public static final int MIN_BRAILLE_LINES = 5;
    public static final int MAX_BRAILLE_LINES = 100;

    /** Options with the default braille settings (grade 2, 40 cells, 25 lines). */
    public RenderOptions(Optional<Paper> paper, float bodySize, Optional<Path> font, Optional<Path> boldFont,
                         int wordsPerMinute, Optional<Float> pitch, Map<String, String> sharedPronunciations,
                         boolean zip, Progress progress) {
        this(paper, bodySize, font, boldFont, wordsPerMinute, pitch, sharedPronunciations, zip, progress,
                DEFAULT_BRAILLE_GRADE, DEFAULT_BRAILLE_CELLS, DEFAULT_BRAILLE_LINES);
    }

    public RenderOptions {
        Required.nonNull("paper font boldFont pitch progress", paper, font, boldFont, pitch, progress);
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
        if (brailleGrade != 1 && brailleGrade != 2) {
            throw new IllegalArgumentException("braille grade " + brailleGrade + " is not 1 or 2");
        }
        if (brailleCells < MIN_BRAILLE_CELLS || brailleCells > MAX_BRAILLE_CELLS
                || brailleLines < MIN_BRAILLE_LINES || brailleLines > MAX_BRAILLE_LINES) {
            throw new IllegalArgumentException("braille page " + brailleCells + " x " + brailleLines
                    + " is outside " + MIN_BRAILLE_CELLS + "-" + MAX_BRAILLE_CELLS + " cells x "
                    + MIN_BRAILLE_LINES + "-" + MAX_BRAILLE_LINES + " lines");
        }
    }

    /** The defaults: 18 pt, paper from the language, 155 words per minute, no progress output. */
    public static RenderOptions defaults() {
        return new RenderOptions(Optional.empty(), DEFAULT_BODY_SIZE, Optional.empty(), Optional.empty(),
                DEFAULT_WORDS_PER_MINUTE, Optional.empty(), Map.of(), false, Progress.NONE, DEFAULT_BRAILLE_GRADE,
                DEFAULT_BRAILLE_CELLS, DEFAULT_BRAILLE_LINES);
    }

    public RenderOptions withPaper(Paper p) {
        return new RenderOptions(Optional.of(p), bodySize, font, boldFont, wordsPerMinute, pitch,
                sharedPronunciations, zip, progress, brailleGrade, brailleCells, brailleLines);
    }

    /** These options with the clinic-wide pronunciation list of a content folder. */
    public RenderOptions withSharedPronunciations(Map<String, String> shared) {
        return new RenderOptions(paper, bodySize, font, boldFont, wordsPerMinute, pitch, shared, zip, progress,
                brailleGrade, brailleCells, brailleLines);
    }

    public RenderOptions withBodySize(float size) {
        return new RenderOptions(paper, size, font, boldFont, wordsPerMinute, pitch, sharedPronunciations, zip,
                progress, brailleGrade, brailleCells, brailleLines);
    }
}
