package org.guidekit.render.pdf;

import java.util.List;

/**
 * The unit of pagination: a slice of the page that is never split (a line, a table row, a figure).
 *
 * @param height       height in points
 * @param spaceBefore  space above it, dropped at the top of a page
 * @param keep         how strongly this chunk holds on to the next: {@link #FREE} (a page may break after it),
 *                     {@link #IN_CALLOUT}, {@link #IN_ITEM}, {@link #IN_RECORD}, {@link #IN_FIELD} or {@link #ALWAYS};
 *                     a group too tall for a page is broken at its weakest links first
 * @param marks        what to draw, relative to the chunk's top
 * @param repeatHeader what is drawn first (as an artifact) when a page starts with this chunk, or null: for table rows
 *                     the header row, for a stacked table's field its record's first field, "(continued)"
 * @param frame        the callout border this chunk sits in, or null
 */
record Chunk(float height, float spaceBefore, int keep, List<Mark> marks, Chunk repeatHeader,
                    Frame frame) {
    /** A page may break after this chunk. */
    static final int FREE = 0;
    /** Keeps a callout on one page when it fits on one. */
    static final int IN_CALLOUT = 1;
    /** Keeps a list item on one page when it fits on one. */
    static final int IN_ITEM = 2;
    /** Keeps a stacked table's record ("Medicine: X / Dose / When / Notes") on one page when it fits on one. */
    static final int IN_RECORD = 3;
    /** Keeps the lines of a field of a stacked table's record ("Notes: take with food…") together. */
    static final int IN_FIELD = 4;
    /** Never break here: a heading and what follows, a paragraph's first two and last two lines, a table header. */
    static final int ALWAYS = 5;

    public Chunk {
        marks = List.copyOf(marks);
    }

    /** This chunk drawn after {@code header} when it starts a page. */
    Chunk repeating(Chunk header) {
        return new Chunk(height, spaceBefore, keep, marks, header, frame);
    }

    /** This chunk holding on to the next at least {@code level} strongly. */
    Chunk keepingAtLeast(int level) {
        return new Chunk(height, spaceBefore, Math.max(keep, level), marks, repeatHeader, frame);
    }
}
