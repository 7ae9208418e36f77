package org.guidekit.importer;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.check.Severity;
import org.w3c.dom.Element;

/**
 * Reads a Word table. One cell is a box (a callout); otherwise a table whose first row is the header, with merged
 * cells split (their text repeated in each cell, so a row read aloud still makes sense) and pictures moved after it.
 */
final class TableReader {
    private final BodyReader body;

    TableReader(BodyReader body) {
        this.body = body;
    }

    void table(Element tbl, List<Entry> out) {
        List<Element> rows = new ArrayList<>();
        for (Element tr : Xml.children(tbl)) {
            if (Xml.is(tr, "tr")) {
                rows.add(tr);
            }
        }
        if (rows.size() == 1 && Xml.children(rows.get(0), "tc").size() == 1) {
            List<Entry> content = body.read(Xml.children(rows.get(0), "tc").get(0));
            if (!content.isEmpty()) {
                out.add(new Entry.BoxEntry(content));
            }
            return;
        }
        List<Entry> after = new ArrayList<>();
        Grid grid = grid(rows, after);
        List<Note> notes = new ArrayList<>();
        if (grid.merged) {
            notes.add(Note.inGuide("merged-cells", Severity.WARNING, "merged cells of the Word table were split and "
                    + "their text repeated in each cell", "check that each row reads well on its own, as the voice "
                    + "reads it row by row"));
        }
        if (grid.nested) {
            notes.add(Note.inGuide("nested-table", Severity.WARNING, "a table inside a table cell was flattened into "
                    + "the cell's text", "make it a table of its own after this one"));
        }
        if (!grid.rows.isEmpty() && !grid.rows.get(0).isEmpty()) {
            out.add(new Entry.PartEntry(new Part.TablePart(grid.rows, notes)));
        }
        out.addAll(after);
    }

    /** The cells' text by row, padded to the widest row; merged cells repeat their text. */
    private static final class Grid {
        final List<List<List<Span>>> rows = new ArrayList<>();
        boolean merged;
        boolean nested;
    }

    private Grid grid(List<Element> rows, List<Entry> after) {
        Grid grid = new Grid();
        for (Element tr : rows) {
            List<List<Span>> row = new ArrayList<>();
            List<List<Span>> above = grid.rows.isEmpty() ? List.of() : grid.rows.get(grid.rows.size() - 1);
            for (Element tc : Xml.children(tr, "tc")) {
                Element tcPr = Xml.child(tc, "tcPr");
                int span = Math.max(1, Styles.parseInt(Xml.val(tcPr, "gridSpan"), 1));
                Element vMerge = Xml.child(tcPr, "vMerge");
                List<Span> text;
                if (vMerge != null && !"restart".equals(Xml.attr(vMerge, "val")) && row.size() < above.size()) {
                    text = above.get(row.size());
                    grid.merged = true;
                } else {
                    CellText cell = cellText(tc, after);
                    text = cell.spans;
                    grid.nested |= cell.nested;
                }
                grid.merged |= span > 1;
                for (int i = 0; i < span; i++) {
                    row.add(text);
                }
            }
            grid.rows.add(row);
        }
        int width = grid.rows.stream().mapToInt(List::size).max().orElse(0);
        for (List<List<Span>> row : grid.rows) {
            while (row.size() < width) {
                row.add(List.of());
            }
        }
        return grid;
    }

    private record CellText(List<Span> spans, boolean nested) {
    }

    /** A cell's paragraphs joined on one line (a Markdown table cell holds no line breaks). */
    private CellText cellText(Element tc, List<Entry> after) {
        List<Span> spans = new ArrayList<>();
        boolean nested = false;
        for (Element e : Xml.children(tc)) {
            if (Xml.is(e, "p")) {
                append(spans, e, after);
            } else if (Xml.is(e, "tbl")) {
                nested = true;
                for (Element p : paragraphsOf(e)) {
                    append(spans, p, after);
                }
            }
        }
        return new CellText(Spans.oneLine(spans), nested);
    }

    private void append(List<Span> spans, Element p, List<Entry> after) {
        WordParagraph wp = body.readParagraph(p);
        List<Span> text = Spans.tidy(TextFolder.fold(wp.spans, wp.notes));
        if (!text.isEmpty()) {
            if (!spans.isEmpty()) {
                spans.add(Span.plain(" "));
            }
            spans.addAll(text);
        }
        body.figures(wp, after);
        body.wordNotes().addAll(asWordNotes(wp));
    }

    /** Notes about text in a cell point at the paragraph: the table's line says little about which cell. */
    private static List<Note> asWordNotes(WordParagraph wp) {
        List<Note> out = new ArrayList<>();
        for (Note n : wp.notes) {
            out.add(Note.inWord(n.rule.substring("import-".length()), n.severity, wp.number, n.message + " (in a "
                    + "table cell: " + wp.quote() + ")", n.action));
        }
        return out;
    }

    private static List<Element> paragraphsOf(Element tbl) {
        List<Element> out = new ArrayList<>();
        for (Element p : Xml.descendants(tbl, "p")) {
            if (Xml.is(p, "p")) {
                out.add(p);
            }
        }
        return out;
    }
}
