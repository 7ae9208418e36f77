package org.guidekit.render.braille;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.guidekit.model.Inline;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;

/**
 * A table in braille, per BANA: in columns when every entry fits its column on one line with two blank cells
 * between columns (headings over a separation line of dots 25); otherwise in listed (linear) form, each row an
 * entry "Heading: value" at cell 1 with its other entries at cell 3, which fits any width.
 */
final class TableTranscriber {
    /** The separation line under column headings, dots 25. */
    static final char SEPARATION = '\u2812';
    private static final int GAP = 2;

    private final Function<List<Span>, String> translate;
    private final int cells;
    private final PrintPageMarks marks;

    TableTranscriber(Function<List<Span>, String> translate, int cells, PrintPageMarks marks) {
        this.translate = translate;
        this.cells = cells;
        this.marks = marks;
    }

    List<Placement> transcribe(Table table) {
        List<String> headings = new ArrayList<>();
        for (List<Inline> cell : table.header().cells()) {
            headings.add(translate.apply(InlineSpans.of(cell)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            List<String> r = new ArrayList<>();
            for (List<Inline> cell : row.cells()) {
                r.add(translate.apply(InlineSpans.of(cell)));
            }
            rows.add(r);
        }
        int[] widths = widths(headings, rows);
        // A print page that begins with the table (its header, or its first row stacked as a record) begins
        // before the braille table's headings.
        List<Placement> out = new ArrayList<>(marks.before(table.header().id()));
        if (!table.rows().isEmpty()) {
            out.addAll(marks.before(table.rows().get(0).id()));
        }
        out.addAll(widths == null ? listed(table) : columns(table, headings, rows, widths));
        out.addAll(marks.after(table.header().id()));
        return out;
    }

    /** Column widths, or null when the table does not fit the line in columns. */
    private int[] widths(List<String> headings, List<List<String>> rows) {
        int[] widths = new int[headings.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(headings.get(c));
            for (List<String> r : rows) {
                widths[c] = Math.max(widths[c], width(r.get(c)));
            }
        }
        int total = GAP * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        return total <= cells ? widths : null;
    }

    /** Cells of a one-line entry; an entry with a forced line break never fits a column. */
    private int width(String braille) {
        return braille.indexOf('\n') >= 0 ? Integer.MAX_VALUE / 4 : braille.length();
    }

    private List<Placement> columns(Table table, List<String> headings, List<List<String>> rows, int[] widths) {
        List<Placement> out = new ArrayList<>();
        out.add(new Placement.Text(Format.COLUMN_HEADINGS, line(headings, widths, false),
                print(table.header().cells())));
        out.add(new Placement.Text(Format.COLUMN_HEADINGS, line(headings, widths, true), ""));
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = table.rows().get(i);
            out.addAll(marks.before(row.id()));
            out.add(new Placement.Text(Format.COLUMNS, line(rows.get(i), widths, false), print(row.cells())));
            out.addAll(marks.after(row.id()));
        }
        return out;
    }

    /** One line of columns; {@code separation} draws dots 25 under each heading instead. */
    private static String line(List<String> entries, int[] widths, boolean separation) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String entry = separation ? String.valueOf(SEPARATION).repeat(entries.get(c).length()) : entries.get(c);
            sb.append(entry);
            if (c < widths.length - 1) {
                sb.append(String.valueOf(AsciiBraille.BLANK).repeat(widths[c] - entry.length() + GAP));
            }
        }
        return sb.toString();
    }

    /** Listed form: "Heading: value" for each entry, the row's first at cell 1 (runover 3), the rest 3-5. */
    private List<Placement> listed(Table table) {
        List<Placement> out = new ArrayList<>();
        List<List<Inline>> headings = table.header().cells();
        for (TableRow row : table.rows()) {
            out.addAll(marks.before(row.id()));
            for (int c = 0; c < row.cells().size(); c++) {
                List<Span> spans = new ArrayList<>(InlineSpans.of(headings.get(c)));
                spans.add(Span.text(": "));
                spans.addAll(InlineSpans.of(row.cells().get(c)));
                Format format = c == 0 ? Format.cells(1, 3) : Format.cells(3, 5);
                out.add(new Placement.Text(format, translate.apply(spans), InlineSpans.print(spans)));
            }
            out.addAll(marks.after(row.id()));
        }
        return out;
    }

    private static String print(List<List<Inline>> cells) {
        List<String> texts = new ArrayList<>();
        for (List<Inline> cell : cells) {
            texts.add(InlineSpans.print(InlineSpans.of(cell)));
        }
        return String.join(" ", texts);
    }
}
