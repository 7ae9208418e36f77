package org.guidekit.render.braille;

/**
 * Where the lines of a braille paragraph start, in BANA's terms: "3-1" is {@code new Format(2, 0, ...)} (first line
 * at cell 3, runover lines at cell 1; cells are counted from 1, indents from 0).
 *
 * @param first        blank cells before the first line
 * @param runover      blank cells before the following lines
 * @param centred      centred lines with at least three blank cells at either side (main headings)
 * @param keepWithNext never the last thing on a page (headings, the top of a box)
 * @param preformatted a line laid out already (a row of a table in columns): never wrapped, its blanks kept
 */
record Format(int first, int runover, boolean centred, boolean keepWithNext, boolean preformatted) {
    static final Format PARAGRAPH = new Format(2, 0, false, false, false);
    static final Format CENTRED_HEADING = new Format(0, 0, true, true, false);
    static final Format CELL_5_HEADING = new Format(4, 4, false, true, false);
    static final Format CENTRED = new Format(0, 0, true, false, false);
    static final Format TRANSCRIBERS_NOTE = new Format(6, 4, false, false, false);
    static final Format COLUMN_HEADINGS = new Format(0, 0, false, true, true);
    static final Format COLUMNS = new Format(0, 0, false, false, true);

    Format {
        if (first < 0 || runover < 0) {
            throw new IllegalArgumentException("negative indent");
        }
    }

    /** A list or table format such as 1-3: {@code list(1, 3)}. */
    static Format cells(int firstCell, int runoverCell) {
        return new Format(firstCell - 1, runoverCell - 1, false, false, false);
    }

    /** "3-1", "centred" or "5-5 keep": how golden files and messages show it. */
    @Override
    public String toString() {
        String s = preformatted ? "columns" : centred ? "centred" : (first + 1) + "-" + (runover + 1);
        return keepWithNext ? s + " keep" : s;
    }
}
