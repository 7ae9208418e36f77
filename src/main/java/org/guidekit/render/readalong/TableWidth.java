package org.guidekit.render.readalong;

import java.util.List;

import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;
import org.guidekit.text.InformationSpans;

/**
 * How wide a table must be so that no word or number in it has to break, and so when a page shows it as labelled
 * rows instead (one card per row, each cell under its header: see the page's style sheet). A cell never breaks
 * inside a word ("Spironolacto|ne", "0.|125 mg"), so a table that does not fit is stacked rather than squeezed.
 *
 * <p>The estimate is deliberately generous: each character of a column's longest word counts 0.7 em (the widest
 * fonts the page names average about 0.63 em), plus 1.2 em of padding and rules per column.
 */
enum TableWidth {
    /** Fits a phone's column (14 em of the page's 1.25 rem text at 320 px): always a table. */
    NARROW("table-narrow", 14),
    /** Fits the page's column from 40 rem up (25 em of its 1.5 rem text): stacked only on narrower screens. */
    MEDIUM("table-medium", 25),
    /** Wider than any column the page has: always labelled rows. */
    WIDE("table-wide", Double.MAX_VALUE);

    private static final double EM_PER_CHARACTER = 0.7;
    private static final double EM_PER_COLUMN = 1.2;

    private final String cssClass;
    private final double maxEm;

    TableWidth(String cssClass, double maxEm) {
        this.cssClass = cssClass;
        this.maxEm = maxEm;
    }

    /** The class the page's style sheet keys its layout on. */
    String cssClass() {
        return cssClass;
    }

    static TableWidth of(Table t) {
        double em = minimumEm(t);
        for (TableWidth w : values()) {
            if (em <= w.maxEm) {
                return w;
            }
        }
        return WIDE;
    }

    /** The narrowest the table can be without breaking a word, in em of the text it is set in. */
    static double minimumEm(Table t) {
        double em = 0;
        for (int column = 0; column < t.columns(); column++) {
            int longest = longestWord(t.header().cells().get(column));
            for (TableRow r : t.rows()) {
                longest = Math.max(longest, longestWord(r.cells().get(column)));
            }
            em += longest * EM_PER_CHARACTER + EM_PER_COLUMN;
        }
        return em;
    }

    /** Characters of the longest run without a space (no-break spaces join a number to its unit). */
    private static int longestWord(List<Inline> cell) {
        int longest = 0;
        for (String word : InformationSpans.withNoBreakSpaces(Inlines.plainText(cell)).split("[ \\t\\n]+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
