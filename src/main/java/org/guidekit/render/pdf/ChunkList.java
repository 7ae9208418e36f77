package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The growing list of chunks with the keep rules of large print: no single line of a paragraph alone at the
 * bottom or top of a page, and groups (list items, callouts, headings with what follows) kept together.
 */
final class ChunkList {
    private final List<Chunk> chunks = new ArrayList<>();
    private final PdfStyle style;

    ChunkList(PdfStyle style) {
        this.style = style;
    }

    int size() {
        return chunks.size();
    }

    List<Chunk> chunks() {
        return List.copyOf(chunks);
    }

    void add(Chunk chunk) {
        chunks.add(chunk);
    }

    /**
     * Adds text lines, one chunk each. The first line keeps with the second and the last two stay together, so
     * no line of a paragraph is left alone at a page end or start (a paragraph of up to three lines is never split).
     * A line that ends inside a word (a long web address) keeps with the next, so no address crosses a page.
     */
    void addLines(LineBreaker.Lines broken, float x, float size, float spaceBefore, Frame frame) {
        List<List<Run>> lines = broken.runs();
        int n = lines.size();
        float height = style.lineHeight(size);
        float baseline = style.baselineOffset(size);
        for (int i = 0; i < n; i++) {
            int keep = i == 0 && n > 1 || i >= n - 2 && i < n - 1 || broken.glued().get(i) ? Chunk.ALWAYS
                    : Chunk.FREE;
            Mark line = new Mark.TextLine(x, baseline, size, lines.get(i));
            chunks.add(new Chunk(height, i == 0 ? spaceBefore : 0, keep, List.of(line), null, frame));
        }
    }

    /** Keeps every chunk from {@code from} to the end together at {@code level} (see {@link Chunk#keep()}). */
    void keepTogether(int from, int level) {
        for (int i = from; i < chunks.size() - 1; i++) {
            chunks.set(i, chunks.get(i).keepingAtLeast(level));
        }
    }

    /** Makes the last chunk keep with whatever comes next (a heading is never last on a page). */
    void keepLastWithNext() {
        int last = chunks.size() - 1;
        chunks.set(last, chunks.get(last).keepingAtLeast(Chunk.ALWAYS));
    }

    /** Puts {@code mark} first in chunk {@code index} (a list label before the item's text). */
    void prependMark(int index, Mark mark) {
        Chunk c = chunks.get(index);
        List<Mark> marks = new ArrayList<>();
        marks.add(mark);
        marks.addAll(c.marks());
        chunks.set(index, new Chunk(c.height(), c.spaceBefore(), c.keep(), marks, c.repeatHeader(),
                c.frame()));
    }

    /** Gives chunk {@code index} the artifact {@code header} to draw above it when it starts a page. */
    void repeatAbove(int index, Chunk header) {
        chunks.set(index, chunks.get(index).repeating(header));
    }

    Chunk get(int index) {
        return chunks.get(index);
    }
}
