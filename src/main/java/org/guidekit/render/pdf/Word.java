package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A word: pieces of text with no space between them ("<b>Injury:</b>" is one piece, "bold**,**" two). Lines break
 * only between words, except inside a word longer than the line.
 *
 * @param pieces    the pieces, never empty
 * @param lineBreak true when a hard line break comes before the word
 * @param hyphen    true for the hyphen that ends a line inside a long word
 */
record Word(List<Piece> pieces, boolean lineBreak, boolean hyphen) {
    Word(List<Piece> pieces, boolean lineBreak) {
        this(pieces, lineBreak, false);
    }

    /** The visible hyphen of a word broken at a line end: an artifact, so it is not read as part of the word. */
    static Word hyphen(boolean bold) {
        return new Word(List.of(new Piece("-", bold, null, null)), false, true);
    }

    /** A styled piece of a word. */
    record Piece(String text, boolean bold, StructNode owner, String uri) {
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        pieces.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    float width(TextMeasure measure, float size) {
        float w = 0;
        for (Piece p : pieces) {
            w += measure.width(p.text(), p.bold(), size);
        }
        return w;
    }

    /** The characters {@code from} (inclusive) to {@code to} (exclusive) of the word's text, keeping styles. */
    Word slice(int from, int to, boolean breakBefore) {
        List<Piece> out = new ArrayList<>();
        int offset = 0;
        for (Piece p : pieces) {
            int start = Math.max(from, offset);
            int end = Math.min(to, offset + p.text().length());
            if (start < end) {
                out.add(new Piece(p.text().substring(start - offset, end - offset), p.bold(), p.owner(), p.uri()));
            }
            offset += p.text().length();
        }
        return new Word(out, breakBefore);
    }
}
