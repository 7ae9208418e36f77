package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.guidekit.model.Metadata;

/**
 * The line at the top of every page after the first, at body size: the title and the clinic. The clinic's name is
 * kept whole at every size, since it says whose handout a loose page is (the title is on the first page, in the
 * bookmarks and the window's title): when both do not fit, the clinic comes first with as much of the title as fits
 * ("Riverside Community Health Center – Relieving…"), then the clinic alone; at the largest sizes, where even the
 * clinic's name is wider than a line, it is set as large as fits one line but never under 18 pt (the large-print
 * minimum), since a second line would take a line of text from every page (and leave pages under half full); only a
 * name too long even for that goes over two lines, which the pages after the first make room for.
 *
 * @param title  the guide's title
 * @param clinic the clinic's name, if the guide has one
 */
record RunningHead(String title, Optional<String> clinic) {
    private static final String DASH = " \u2013 ";
    private static final String MORE = "\u2026";
    /** The smallest size of a running head set smaller than the text: large print's minimum. */
    static final float SMALLEST = 18f;

    /**
     * One line of the head.
     *
     * @param text the words
     * @param size the type size: the body size, or smaller for a clinic's name too wide for a line at body size
     */
    record Line(String text, float size) {
    }

    static RunningHead of(Metadata m) {
        return new RunningHead(m.title(), m.organization());
    }

    /** The head's lines within the text width: one, unless the clinic's name is too wide even at 18 pt. */
    List<Line> lines(TextMeasure measure, PdfStyle style) {
        List<String> words = wordsAtBodySize(measure, style);
        String c = clinic.orElse("");
        if (words.size() == 1 || !words.get(0).equals(firstLine(c, words))) {
            return words.stream().map(w -> new Line(w, style.bodySize())).toList();
        }
        float wide = measure.width(c, false, style.bodySize());
        float size = (float) Math.floor(style.bodySize() * style.textWidth() / wide * 10) / 10;
        while (size >= SMALLEST && measure.width(c, false, size) > style.textWidth()) {
            size -= 0.5f;
        }
        return size >= SMALLEST ? List.of(new Line(c, size))
                : words.stream().map(w -> new Line(w, style.bodySize())).toList();
    }

    private static String firstLine(String clinic, List<String> lines) {
        return lines.isEmpty() || !clinic.startsWith(lines.get(0)) ? "" : lines.get(0);
    }

    /** The head's lines at body size within the text width: one, unless the clinic's name alone is wider. */
    List<String> wordsAtBodySize(TextMeasure measure, PdfStyle style) {
        java.util.function.Predicate<String> fits = s -> measure.width(s, false, style.bodySize())
                <= style.textWidth();
        if (clinic.isEmpty() || fits.test(title + DASH + clinic.get())) {
            String full = clinic.map(c -> title + DASH + c).orElse(title);
            return List.of(fits.test(full) ? full : shortened(title, "", fits));
        }
        String c = clinic.get();
        if (fits.test(c + DASH + firstWord(title) + MORE)) {
            return List.of(shortened(title, c + DASH, fits));
        }
        return fits.test(c) ? List.of(c) : wrapped(c, fits);
    }

    /** {@code prefix} and as many whole words of {@code text} as fit, with "…" when some are left out. */
    private static String shortened(String text, String prefix, java.util.function.Predicate<String> fits) {
        String t = text;
        while (t.contains(" ") && !fits.test(prefix + t + MORE)) {
            t = t.substring(0, t.lastIndexOf(' '));
        }
        return prefix + t + (t.equals(text) ? "" : MORE);
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /** Whole words per line; a single word wider than a line stays whole and runs into the margin. */
    private static List<String> wrapped(String text, java.util.function.Predicate<String> fits) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || fits.test(longer)) {
                line = longer;
            } else {
                lines.add(line);
                line = word;
            }
        }
        lines.add(line);
        return List.copyOf(lines);
    }
}
