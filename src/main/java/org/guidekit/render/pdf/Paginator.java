package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places chunks on pages. A run of chunks joined by {@code keepWithNext} moves to the next page as a whole when it
 * does not fit but would fit on an empty page; a longer run is broken chunk by chunk. Space above a chunk is
 * dropped at the top of a page. Table rows starting a page get the repeated header first; callout borders are
 * drawn around each page's part; every page ends with "Page N of M".
 */
final class Paginator {
    private final PdfStyle style;
    private final TextMeasure measure;
    private final List<List<Mark>> pages = new ArrayList<>();
    private List<Mark> page;
    private Map<Frame, float[]> frames;
    private float y;
    private boolean atTop;

    Paginator(PdfStyle style, TextMeasure measure) {
        this.style = style;
        this.measure = measure;
    }

    List<Plan.Page> paginate(List<Chunk> chunks) {
        newPage();
        int i = 0;
        while (i < chunks.size()) {
            int end = runEnd(chunks, i);
            float runHeight = height(chunks, i, end, atTop);
            if (y + runHeight <= style.bottom()) {
                for (int k = i; k <= end; k++) {
                    place(chunks.get(k));
                }
                i = end + 1;
            } else if (!atTop && height(chunks, i, end, true) + headerHeight(chunks.get(i)) <= usable()) {
                breakPage(chunks.get(i));
            } else {
                if (!atTop && y + height(chunks, i, i, false) > style.bottom()) {
                    breakPage(chunks.get(i));
                }
                place(chunks.get(i));
                i++;
            }
        }
        closePage();
        return numbered();
    }

    private float usable() {
        return style.bottom() - style.top();
    }

    private static int runEnd(List<Chunk> chunks, int from) {
        int end = from;
        while (end < chunks.size() - 1 && chunks.get(end).keepWithNext()) {
            end++;
        }
        return end;
    }

    private static float height(List<Chunk> chunks, int from, int to, boolean fromTop) {
        float h = 0;
        for (int k = from; k <= to; k++) {
            Chunk c = chunks.get(k);
            h += c.height() + (k == from && fromTop ? 0 : c.spaceBefore());
        }
        return h;
    }

    private static float headerHeight(Chunk c) {
        return c.repeatHeader() == null ? 0 : c.repeatHeader().height();
    }

    private void breakPage(Chunk next) {
        closePage();
        newPage();
        if (next.repeatHeader() != null) {
            place(next.repeatHeader());
            atTop = true;
        }
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
        y = style.top();
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
            String text = "Page " + (i + 1) + " of " + n;
            float width = measure.width(text, false, style.bodySize());
            float x = style.left() + style.textWidth() - width;
            List<Mark> marks = new ArrayList<>(pages.get(i));
            marks.add(new Mark.TextLine(x, style.pageNumberBaseline(), style.bodySize(),
                    List.of(new Run(text, false, null, null))));
            out.add(new Plan.Page(marks));
        }
        return out;
    }
}
