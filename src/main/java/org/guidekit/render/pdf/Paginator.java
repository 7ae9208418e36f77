package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places chunks on pages, breaking where {@link PageBreaks} finds best for the whole handout: groups held together
 * (see {@link Chunk#keep()}) stay together when they can, no page but the last is left less than half full when
 * that can be avoided, and a heading never ends a page. Space above a chunk is dropped at the top of a page.
 * Table rows starting a page get the repeated header first; a box continuing on a page is labelled again
 * ("Warning (continued)"); callout borders are drawn around each page's part; pages after the first carry the
 * running line (title and clinic) at the top, and every page ends with "Page N of M".
 */
final class Paginator {
    private final PdfStyle style;
    private final TextMeasure measure;
    private final List<RunningHead.Line> headLines;
    private final List<List<Mark>> pages = new ArrayList<>();
    private List<Mark> page;
    private Map<Frame, float[]> frames;
    private float y;
    private boolean atTop;

    Paginator(PdfStyle style, TextMeasure measure, RunningHead runningHead) {
        this.style = style;
        this.measure = measure;
        this.headLines = runningHead.lines(measure, style);
    }

    List<Plan.Page> paginate(List<Chunk> chunks) {
        List<Integer> starts = PageBreaks.choose(chunks, usable(), this::continuation);
        newPage();
        int next = 0;
        for (int i = 0; i < chunks.size(); i++) {
            if (next < starts.size() && starts.get(next) == i) {
                breakPage(chunks.get(i));
                next++;
            }
            place(chunks.get(i));
        }
        closePage();
        return numbered();
    }

    /**
     * The height for text on every page: less the running head's lines beyond the first (which sits in the top
     * margin), when the clinic's name needs more than one line at this size. The first page, which has no running
     * head, is given the same height, so that one height serves the whole handout's page breaking.
     */
    private float usable() {
        return style.bottom() - style.top() - headExtra();
    }

    private float headExtra() {
        return (headLines.size() - 1) * style.lineHeight(style.bodySize());
    }

    /** What a page break before {@code c} adds above it: a repeated table header, a box's inset and label. */
    private float continuation(Chunk c) {
        float h = c.repeatHeader() == null ? 0 : c.repeatHeader().height();
        if (c.frame() != null && !isFrameStart(c)) {
            h += c.frame().inset() + style.lineHeight(style.bodySize());
        }
        return h;
    }

    private void breakPage(Chunk next) {
        Frame cut = next.frame();
        if (cut != null && frames.containsKey(cut)) {
            frames.get(cut)[1] += cut.inset(); // a callout continues: close this page's part of the box
        }
        closePage();
        newPage();
        if (cut != null && next.height() > 0 && !isFrameStart(next)) {
            frames.put(cut, new float[] {y, y});
            y += cut.inset();
            Run label = new Run(cut.continued(), true, null, null);
            page.add(new Mark.TextLine(cut.x() + cut.inset(), y + style.baselineOffset(style.bodySize()),
                    style.bodySize(), List.of(label)));
            y += style.lineHeight(style.bodySize());
            atTop = true;
        }
        if (next.repeatHeader() != null) {
            place(next.repeatHeader());
            atTop = true;
        }
    }

    /** The callout's first chunk is an empty spacer that already holds the inset. */
    private static boolean isFrameStart(Chunk c) {
        return c.marks().isEmpty() && c.keep() == Chunk.ALWAYS;
    }

    private void place(Chunk c) {
        float top = y + (atTop ? 0 : c.spaceBefore());
        for (Mark m : c.marks()) {
            page.add(m.shifted(top));
        }
        if (c.frame() != null) {
            float[] extent = frames.computeIfAbsent(c.frame(), f -> new float[] {top, top});
            extent[1] = top + c.height();
        }
        y = top + c.height();
        atTop = false;
    }

    private void newPage() {
        page = new ArrayList<>();
        frames = new LinkedHashMap<>();
        y = style.top() + (pages.isEmpty() ? 0 : headExtra());
        atTop = true;
    }

    private void closePage() {
        for (Map.Entry<Frame, float[]> e : frames.entrySet()) {
            Frame f = e.getKey();
            float half = f.lineWidth() / 2;
            float[] ext = e.getValue();
            page.add(new Mark.Box(f.x() + half, ext[0] + half, f.width() - f.lineWidth(), ext[1] - ext[0]
                    - f.lineWidth(), f.lineWidth()));
        }
        pages.add(page);
    }

    private List<Plan.Page> numbered() {
        List<Plan.Page> out = new ArrayList<>();
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            String text = style.labels().page(i + 1, n);
            float width = measure.width(text, false, style.bodySize());
            float x = style.left() + style.textWidth() - width;
            List<Mark> marks = new ArrayList<>(pages.get(i));
            marks.add(new Mark.TextLine(x, style.pageNumberBaseline(), style.bodySize(),
                    List.of(new Run(text, false, null, null))));
            for (int line = 0; i > 0 && line < headLines.size(); line++) {
                RunningHead.Line head = headLines.get(line);
                marks.add(new Mark.TextLine(style.left(), style.runningHeadBaseline()
                        + line * style.lineHeight(style.bodySize()), head.size(),
                        List.of(new Run(head.text(), false, null, null))));
            }
            out.add(new Plan.Page(marks));
        }
        return out;
    }
}
