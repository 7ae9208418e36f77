package org.guidekit.render.pdf;

import static org.guidekit.render.pdf.StructNode.Attribute.SCOPE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;

/**
 * Tables such as medication schedules: {@code Table → TR → TH/TD}, a bold header row, ruled cells, rows that are
 * never split (unless one alone is taller than a page) and a header that is repeated (as an artifact) at the top
 * of every further page the table covers. When the first column names the row, its cells are row headers.
 *
 * <p>When the columns cannot stand side by side at the chosen size (each column needs at least its widest word or
 * piece of information, such as "24/26 mg"), or when they can only by being so narrow that the grid would be taller
 * than half as tall again as the same rows stacked, the table is laid out as stacked, labelled records instead, one per row: see
 * {@link StackedTable}; a chart whose first column names its rows is first tried as several narrower charts that
 * each repeat that column ({@link ColumnGroups}). A cell of only a dash prints "none".
 */
record TableLayout(PdfStyle style, TextMeasure measure, ChunkList chunks) {

    void table(Table source, Place place, float space) {
        Table t = ColumnGroups.dashesAsNone(source);
        boolean rowHeaders = namesRows(t);
        float[] widths = columnWidths(t, place.width());
        StackedTable stacked = new StackedTable(style, measure, chunks);
        if (widths == null || gridHeight(t, widths) > 1.5f * stacked.height(t, place)) {
            // A wide chart whose rows have names reads best as narrower charts that each repeat the names.
            List<Table> parts = rowHeaders ? ColumnGroups.split(t, p -> fitsAsGrid(p, place, stacked)) : List.of();
            if (parts.size() > 1 && height(parts, place) < stacked.height(t, place)) {
                for (int i = 0; i < parts.size(); i++) {
                    grid(parts.get(i), place, i == 0 ? space : style.itemGap() * 2, true,
                            columnWidths(parts.get(i), place.width()));
                }
                return;
            }
            stacked.table(t, place, space, rowHeaders);
            return;
        }
        grid(t, place, space, rowHeaders, widths);
    }

    /** A part of a chart fits when its columns stand side by side and it is no taller than stacked. */
    private boolean fitsAsGrid(Table part, Place place, StackedTable stacked) {
        float[] widths = columnWidths(part, place.width());
        return widths != null && gridHeight(part, widths) <= 1.5f * stacked.height(part, place);
    }

    private float height(List<Table> parts, Place place) {
        float h = 0;
        for (Table p : parts) {
            h += gridHeight(p, columnWidths(p, place.width())) + style.itemGap() * 2;
        }
        return h;
    }

    private void grid(Table t, Place place, float space, boolean rowHeaders, float[] widths) {
        StructNode table = place.parent().add("Table");
        Chunk header = row(t.header(), table.add("TR").from(ColumnGroups.sourceId(t.header().id())), true, false,
                place, widths, Float.MAX_VALUE).get(0);
        Chunk repeat = row(t.header(), null, true, false, place, widths, Float.MAX_VALUE).get(0);
        chunks.add(new Chunk(header.height(), space, t.rows().isEmpty() ? Chunk.FREE : Chunk.ALWAYS,
                header.marks(), null, place.frame()));
        float roomForRow = style.bottom() - style.top() - repeat.height();
        for (TableRow r : t.rows()) {
            StructNode tr = table.add("TR").from(ColumnGroups.sourceId(r.id()));
            for (Chunk part : row(r, tr, false, rowHeaders, place, widths, roomForRow)) {
                chunks.add(new Chunk(part.height(), 0, Chunk.FREE, part.marks(), repeat, place.frame()));
            }
        }
    }

    /** The height of the table as a grid: narrow columns make tall rows of one or two words a line. */
    private float gridHeight(Table t, float[] widths) {
        float pad = style.cellPadding();
        float h = 0;
        for (TableRow r : gridRows(t)) {
            int lines = 1;
            for (int c = 0; c < widths.length; c++) {
                var words = InlineFlow.words(r.cells().get(c), null, r == t.header());
                lines = Math.max(lines, LineBreaker.lines(words, measure, style.bodySize(), widths[c] - 2 * pad)
                        .size());
            }
            h += lines * style.lineHeight(style.bodySize()) + 2 * pad;
        }
        return h;
    }

    /** The header row, then the body rows. */
    private static List<TableRow> gridRows(Table t) {
        List<TableRow> all = new ArrayList<>();
        all.add(t.header());
        all.addAll(t.rows());
        return all;
    }

    /**
     * True when the first column names each row (a medicine, a reading): it has a heading and every row has its
     * own non-empty, distinct text there that is not just a number. Its cells are then {@code TH Scope Row}.
     */
    static boolean namesRows(Table t) {
        if (t.columns() < 2 || Inlines.plainText(t.header().cells().get(0)).isBlank()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (TableRow r : t.rows()) {
            String name = Inlines.plainText(r.cells().get(0)).strip();
            if (name.isEmpty() || !name.codePoints().anyMatch(Character::isLetter) || !seen.add(name)) {
                return false;
            }
        }
        return !t.rows().isEmpty();
    }

    /**
     * A row as one chunk, or, only when it is taller than {@code room} (a page below the repeated header), as
     * several chunks of whole lines so that no text runs off the page. With a null {@code tr} its text is an
     * artifact (the repeated header).
     */
    private List<Chunk> row(TableRow row, StructNode tr, boolean header, boolean rowHeader, Place place,
                            float[] widths, float room) {
        float pad = style.cellPadding();
        List<List<List<Run>>> cells = new ArrayList<>();
        int lineCount = 1;
        for (int c = 0; c < widths.length; c++) {
            StructNode cell = tr == null ? null : header ? tr.add("TH").with(SCOPE, "Column")
                    : c == 0 && rowHeader ? tr.add("TH").with(SCOPE, "Row") : tr.add("TD");
            var words = InlineFlow.words(row.cells().get(c), cell, header);
            var lines = LineBreaker.lines(words, measure, style.bodySize(), widths[c] - 2 * pad).runs();
            if (lines.isEmpty() && cell != null) {
                lines = List.of(List.of(new Run("", header, cell, null)));
            }
            cells.add(lines);
            lineCount = Math.max(lineCount, lines.size());
        }
        float lineHeight = style.lineHeight(style.bodySize());
        int perPart = Math.max(1, (int) Math.min(lineCount, (room - 2 * pad) / lineHeight));
        List<Chunk> parts = new ArrayList<>();
        for (int from = 0; from < lineCount; from += perPart) {
            parts.add(part(cells, from, Math.min(lineCount, from + perPart), header, place, widths));
        }
        return parts;
    }

    /** Lines {@code from} (inclusive) to {@code to} of every cell, in ruled boxes. */
    private Chunk part(List<List<List<Run>>> cells, int from, int to, boolean header, Place place, float[] widths) {
        float pad = style.cellPadding();
        float lineHeight = style.lineHeight(style.bodySize());
        float height = (to - from) * lineHeight + 2 * pad;
        List<Mark> marks = new ArrayList<>();
        float x = place.x();
        for (int c = 0; c < widths.length; c++) {
            for (int i = from; i < Math.min(to, cells.get(c).size()); i++) {
                float baseline = pad + (i - from) * lineHeight + style.baselineOffset(style.bodySize());
                marks.add(new Mark.TextLine(x + pad, baseline, style.bodySize(), cells.get(c).get(i)));
            }
            marks.add(new Mark.Box(x, 0, widths[c], height, header ? 2 * style.tableRule() : style.tableRule()));
            x += widths[c];
        }
        return new Chunk(height, 0, Chunk.FREE, marks, null, place.frame());
    }

    /**
     * Widths that fill the column: each column gets at least its widest word (a piece of information such as
     * "24/26 mg" is one word), and the rest is shared in proportion to how much more the column's text would like.
     * Null when those minimum widths do not fit side by side.
     */
    private float[] columnWidths(Table t, float total) {
        int n = t.columns();
        float pad = 2 * style.cellPadding();
        float[] min = new float[n];
        float[] natural = new float[n];
        float space = measure.width(" ", false, style.bodySize());
        for (TableRow r : gridRows(t)) {
            for (int c = 0; c < n; c++) {
                List<Inline> cell = r.cells().get(c);
                float line = 0;
                for (Word w : InlineFlow.words(cell, null, r == t.header())) {
                    float ww = w.width(measure, style.bodySize());
                    min[c] = Math.max(min[c], ww + pad);
                    line += ww + space;
                }
                natural[c] = Math.max(natural[c], line + pad);
            }
        }
        float needed = 0;
        for (float m : min) {
            needed += m;
        }
        return needed > total ? null : share(min, natural, total);
    }

    private static float[] share(float[] min, float[] natural, float total) {
        int n = min.length;
        float sumMin = 0;
        float sumExtra = 0;
        for (int c = 0; c < n; c++) {
            sumMin += min[c];
            sumExtra += Math.max(0, natural[c] - min[c]);
        }
        float[] widths = new float[n];
        float spare = total - sumMin;
        for (int c = 0; c < n; c++) {
            float want = Math.max(0, natural[c] - min[c]);
            float extra = sumExtra > 0 ? spare * want / sumExtra : spare / n;
            widths[c] = min[c] + extra;
        }
        return widths;
    }
}
