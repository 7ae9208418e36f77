package org.guidekit.render.braille;

import org.guidekit.model.Required;

/**
 * What the page layout places, in reading order: translated text with its format, box lines, blank lines, page
 * breaks and where the print pages begin. The layout knows cells and lines, never print or liblouis.
 */
sealed interface Placement {
    /**
     * A paragraph, heading, list item, note or table row in braille.
     *
     * @param format  where its lines start
     * @param braille Unicode braille cells; U+2800 between words, {@code '\n'} for a forced new line
     * @param print   the print text it was translated from (for proofreading and messages)
     */
    record Text(Format format, String braille, String print) implements Placement {
        public Text {
            Required.nonNull("format braille print", format, braille, print);
        }
    }

    /** The top (dots 2356) or bottom (dots 1245) line of a box around a callout, BANA box lines. */
    record BoxLine(boolean top) implements Placement {
        static final char TOP = '\u2836';
        static final char BOTTOM = '\u281B';

        char cell() {
            return top ? TOP : BOTTOM;
        }
    }

    /** A blank line: left out at the top of a page, after a heading or box line, and when doubled. */
    record Blank() implements Placement {
    }

    /**
     * Print page {@code first} of the handout begins here (pages {@code first} to {@code last} when the pages
     * between had nothing that begins on them): a print page change indicator line, or the number at the top of the
     * next braille page.
     */
    record PrintPage(int first, int last) implements Placement {
        public PrintPage {
            if (first < 1 || last < first) {
                throw new IllegalArgumentException("print pages " + first + "-" + last);
            }
        }
    }

    /** The following text starts a new page (after the title page). */
    record NewPage() implements Placement {
    }
}
