package org.guidekit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guidekit.model.Callout;
import org.guidekit.model.ContentWalker;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.Metadata;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Section;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;

/**
 * The printed text of each element the voice speaks, keyed as {@link VoiceWords.Said} names them, with the source
 * line of each piece: a table cell is said with its column name, so it is two pieces, the header's and the row's.
 */
final class PrintedElements {
    /** A piece of printed text and the line it is on. */
    record Segment(String text, int line) {
    }

    private PrintedElements() {
    }

    /** The key of an element, or of one cell of a table row. */
    static String key(String element, int cell) {
        return cell == 0 ? element : element + "\u0000" + cell;
    }

    static Map<String, List<Segment>> of(Guide guide) {
        Map<String, List<Segment>> printed = new LinkedHashMap<>();
        Metadata m = guide.metadata();
        printed.put("title", List.of(new Segment(m.title(), Math.max(1, m.line("title")))));
        m.subtitle().ifPresent(s -> printed.put("subtitle", List.of(new Segment(s, Math.max(1, m.line("subtitle"))))));
        m.organization().ifPresent(o -> printed.put("organization",
                List.of(new Segment(o, Math.max(1, m.line("organization"))))));
        new ContentWalker<RuntimeException>() {
            @Override
            protected void visitHeading(Section s) {
                printed.put(s.id(), List.of(new Segment(Inlines.plainText(s.heading()), s.line())));
            }

            @Override
            protected void visitParagraph(Paragraph p) {
                printed.put(p.id(), List.of(new Segment(Inlines.plainText(p.content()), p.line())));
            }

            @Override
            protected void visitCallout(Callout c) {
                printed.put(c.id(), List.of(new Segment(c.title().orElse(""), c.line())));
                super.visitCallout(c);
            }

            @Override
            protected void visitFigure(Figure f) {
                printed.put(f.id(), List.of(new Segment(f.alt(), f.line())));
            }

            @Override
            protected void visitTable(Table t) {
                List<Segment> header = new ArrayList<>();
                for (List<Inline> cell : t.header().cells()) {
                    header.add(new Segment(Inlines.plainText(cell), t.line()));
                }
                printed.put(t.id(), header);
                // A GFM table has one row per line: header, the |---| line, then the rows.
                for (int r = 0; r < t.rows().size(); r++) {
                    TableRow row = t.rows().get(r);
                    for (int c = 0; c < row.cells().size(); c++) {
                        Segment name = c < header.size() ? header.get(c) : new Segment("", t.line());
                        printed.put(key(row.id(), c + 1), List.of(name,
                                new Segment(Inlines.plainText(row.cells().get(c)), t.line() + 2 + r)));
                    }
                }
            }
        }.walk(guide);
        return printed;
    }
}
