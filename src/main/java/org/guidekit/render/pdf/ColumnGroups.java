package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;
import org.guidekit.model.Text;

/**
 * Cuts a chart too wide for the page into charts that fit, each repeating the first column that names the rows: a
 * dosing chart with ten columns (weight, then six products, then how often) becomes three charts of four columns at
 * 24 pt, each a real grid with its header, instead of one half-empty page per weight band. A low-vision reader then
 * reads along a row as on the printed original. Also prints "none" for a cell that only holds a dash, which large
 * print and a screen reader would otherwise show as a stray mark or say as nothing.
 */
final class ColumnGroups {
    /** What a cell of only a dash means in a chart: nothing of that product for that row. */
    static final String NONE = "none";

    private ColumnGroups() {
    }

    /**
     * The parts of {@code t}, each with its first column and as many of the next columns as {@code fits} accepts
     * (at least one); empty when even one column beside the first does not fit.
     */
    static List<Table> split(Table t, java.util.function.Predicate<Table> fits) {
        List<Table> parts = new ArrayList<>();
        int next = 1;
        while (next < t.columns()) {
            int end = next + 1;
            if (!fits.test(columns(t, next, end, parts.size() + 1))) {
                return List.of();
            }
            while (end < t.columns() && fits.test(columns(t, next, end + 1, parts.size() + 1))) {
                end++;
            }
            parts.add(columns(t, next, end, parts.size() + 1));
            next = end;
        }
        return parts;
    }

    /** Column 0 and columns {@code [from, to)} of {@code t}, as part {@code n}. */
    static Table columns(Table t, int from, int to, int n) {
        return new Table(t.id() + "-part" + n, pick(t.header(), from, to, n), t.rows().stream()
                .map(r -> pick(r, from, to, n)).toList(), t.line());
    }

    private static TableRow pick(TableRow row, int from, int to, int n) {
        List<List<Inline>> cells = new ArrayList<>();
        cells.add(row.cells().get(0));
        cells.addAll(row.cells().subList(from, to));
        return new TableRow(row.id() + "-part" + n, cells);
    }

    /** The id of the row (or table) a part's row was cut from: "medicines-r2" for "medicines-r2-part3". */
    static String sourceId(String id) {
        return id.replaceFirst("-part\\d+$", "");
    }

    /** {@code t} with every cell that holds only a dash (-, –, —) saying {@link #NONE}. */
    static Table dashesAsNone(Table t) {
        boolean any = t.rows().stream().anyMatch(r -> r.cells().stream().anyMatch(ColumnGroups::dash));
        if (!any) {
            return t;
        }
        List<TableRow> rows = t.rows().stream().map(r -> new TableRow(r.id(), r.cells().stream()
                .map(c -> dash(c) ? List.<Inline>of(new Text(NONE)) : c).toList())).toList();
        return new Table(t.id(), t.header(), rows, t.line());
    }

    private static boolean dash(List<Inline> cell) {
        String s = Inlines.plainText(cell).strip();
        return s.equals("-") || s.equals("\u2013") || s.equals("\u2014") || s.equals("--");
    }
}
