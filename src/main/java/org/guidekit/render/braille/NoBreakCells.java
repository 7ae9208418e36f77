package org.guidekit.render.braille;

import org.guidekit.text.InformationSpans;

/**
 * Keeps a piece of information on one braille line, as print keeps it on one line: a number and its unit
 * ("8 oz."), a phone number ("(555) 014-2368"), a time, a date. The print boundaries next to each space inside such
 * a piece are marked for liblouis, which carries the marks over to the braille; the blank cells found there become
 * {@link #NO_BREAK}, which the line filler never breaks at and writes as an ordinary blank cell.
 */
final class NoBreakCells {
    /** A blank cell that must not end a line: written as U+2800 once the lines are filled. */
    static final char NO_BREAK = '\u00a0';

    private NoBreakCells() {
    }

    /**
     * For each boundary between two characters of {@code print}, 1 where it touches a space inside a piece of
     * information, else 0; null when there is none.
     */
    static int[] marks(String print) {
        if (print.length() < 2) {
            return null;
        }
        int[] marks = null;
        for (InformationSpans.Span s : InformationSpans.find(print)) {
            if (s.kind() == InformationSpans.Kind.WEB_ADDRESS || s.kind() == InformationSpans.Kind.EMAIL) {
                continue;
            }
            for (int i = s.start(); i < s.end(); i++) {
                if (print.charAt(i) == ' ') {
                    marks = marks == null ? new int[print.length() - 1] : marks;
                    if (i > 0) {
                        marks[i - 1] = 1;
                    }
                    if (i < print.length() - 1) {
                        marks[i] = 1;
                    }
                }
            }
        }
        return marks;
    }

    /** {@code braille} with each blank cell next to a marked boundary made {@link #NO_BREAK}. */
    static String apply(String braille, int[] marks) {
        if (marks == null) {
            return braille;
        }
        char[] cells = braille.toCharArray();
        for (int j = 0; j < cells.length; j++) {
            boolean marked = j > 0 && j - 1 < marks.length && marks[j - 1] != 0
                    || j < marks.length && marks[j] != 0;
            if (cells[j] == AsciiBraille.BLANK && marked) {
                cells[j] = NO_BREAK;
            }
        }
        return new String(cells);
    }
}
