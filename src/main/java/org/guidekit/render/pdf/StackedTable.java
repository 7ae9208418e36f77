package org.guidekit.render.pdf;

import static org.guidekit.render.pdf.StructNode.Attribute.SCOPE;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Inlines;
import org.guidekit.model.Table;
import org.guidekit.model.TableRow;

/**
 * A table too wide for its columns to stand side by side, laid out as one labelled record per row, between rules:
 * <pre>
 * Medicine: furosemide
 * Dose: 40 mg
 * When: 8:00 a.m.
 * </pre>
 * Each record is tagged as a small two-column table, {@code Table → TR → TH (Scope Row) + TD}, so a screen reader
 * says "Medicine, furosemide" exactly as it is printed. A record stays on one page when it fits. Only when keeping
 * it whole would leave a page less than half full (or a heading alone at the foot of a page) does it go on over a
 * page, and then between two fields rather than inside a long value, never between a label and the first line of
 * its value, under its first field repeated as an artifact ("Medicine: furosemide (continued)"), so the reader
 * knows whose dose and notes they are reading.
 */
record StackedTable(PdfStyle style, TextMeasure measure, ChunkList chunks) {

    void table(Table t, Place place, float space, boolean rowHeaders) {
        float pad = style.cellPadding();
        for (int k = 0; k < t.rows().size(); k++) {
            int first = chunks.size();
            chunks.add(rule(place, k == 0 ? space : style.itemGap(), Chunk.ALWAYS, 0));
            record(t, t.rows().get(k), place.parent().add("Table").from(t.rows().get(k).id()), place, rowHeaders);
            chunks.keepLastWithNext();
            chunks.add(rule(place, 0, Chunk.FREE, pad));
            chunks.keepTogether(first, Chunk.IN_RECORD);
        }
    }

    /** The height of {@code t} stacked in {@code place}, to compare with the grid. */
    float height(Table t, Place place) {
        float pad = style.cellPadding();
        float h = 0;
        for (int k = 0; k < t.rows().size(); k++) {
            h += (k == 0 ? 0 : style.itemGap()) + 2 * pad;
            for (int c = 0; c < t.columns(); c++) {
                List<Word> words = new ArrayList<>(InlineFlow.words(t.header().cells().get(c), null, true));
                words.addAll(InlineFlow.words(t.rows().get(k).cells().get(c), null, false));
                h += LineBreaker.lines(words, measure, style.bodySize(), place.width() - 2 * pad).size()
                        * style.lineHeight(style.bodySize());
            }
        }
        return h;
    }

    /** A rule across the column, {@code at} points below the top of a chunk {@code pad} high. */
    private Chunk rule(Place place, float space, int keep, float at) {
        Mark line = new Mark.Box(place.x(), at, place.width(), 0, style.tableRule());
        return new Chunk(style.cellPadding(), space, keep, List.of(line), null, place.frame());
    }

    private void record(Table t, TableRow row, StructNode table, Place place, boolean rowHeaders) {
        float pad = style.cellPadding();
        float width = place.width() - 2 * pad;
        List<Integer> fieldStarts = new ArrayList<>();
        for (int c = 0; c < t.columns(); c++) {
            StructNode tr = table.add("TR");
            List<Word> words = new ArrayList<>();
            if (!Inlines.plainText(t.header().cells().get(c)).isBlank()) {
                StructNode th = tr.add("TH").with(SCOPE, "Row");
                words.addAll(label(InlineFlow.words(t.header().cells().get(c), th, true), th));
            }
            StructNode td = tr.add("TD");
            words.addAll(InlineFlow.words(row.cells().get(c), td, c == 0 && rowHeaders));
            if (words.isEmpty()) {
                continue;
            }
            var lines = LineBreaker.lines(words, measure, style.bodySize(), width);
            fieldStarts.add(chunks.size());
            // A field's first two and last two lines are kept together by addLines; a long value may still
            // break between, as a paragraph does, but a break between two fields costs less.
            chunks.addLines(lines, place.x() + pad, style.bodySize(), 0, place.frame());
            chunks.keepTogether(fieldStarts.get(fieldStarts.size() - 1), Chunk.IN_FIELD);
        }
        if (fieldStarts.size() > 1) {
            Chunk continued = continued(t, row, place);
            for (int i = fieldStarts.get(1); i < chunks.size(); i++) {
                chunks.repeatAbove(i, continued);
            }
        }
    }

    /**
     * The artifact drawn at the top of a page that goes on with a record: a rule, then the record's first field
     * that has a value, with "(continued)" ("Medicine: furosemide (continued)").
     */
    private Chunk continued(Table t, TableRow row, Place place) {
        float pad = style.cellPadding();
        int c = 0;
        while (c < t.columns() - 1 && Inlines.plainText(row.cells().get(c)).isBlank()) {
            c++;
        }
        String label = Inlines.plainText(t.header().cells().get(c)).strip();
        String value = Inlines.plainText(row.cells().get(c)).strip();
        String text = style.labels().continued(label.isEmpty() ? value : label + ": " + value);
        var lines = LineBreaker.lines(InlineFlow.words(text, null, false), measure, style.bodySize(),
                place.width() - 2 * pad).runs();
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Box(place.x(), 0, place.width(), 0, style.tableRule()));
        float height = style.lineHeight(style.bodySize());
        for (int i = 0; i < lines.size(); i++) {
            marks.add(new Mark.TextLine(place.x() + pad, pad + i * height + style.baselineOffset(style.bodySize()),
                    style.bodySize(), lines.get(i)));
        }
        return new Chunk(pad + lines.size() * height, 0, Chunk.FREE, marks, null, place.frame());
    }

    /** The header's words with a colon after the last: "Medicine:". */
    private static List<Word> label(List<Word> words, StructNode th) {
        List<Word> out = new ArrayList<>(words);
        Word last = out.remove(out.size() - 1);
        List<Word.Piece> pieces = new ArrayList<>(last.pieces());
        pieces.add(new Word.Piece(":", true, th, null));
        out.add(new Word(pieces, last.lineBreak()));
        return out;
    }
}
