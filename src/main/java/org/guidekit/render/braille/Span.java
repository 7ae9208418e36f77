package org.guidekit.render.braille;

import org.guidekit.model.Required;

/**
 * A piece of print text to translate, with what braille needs to know about it.
 *
 * @param text     the print text (or, for {@link Kind#BRAILLE}, Unicode braille cells written as they are)
 * @param kind     how to translate it
 * @param emphasis typeform indicators to add
 */
record Span(String text, Kind kind, Emphasis emphasis) {
    /** How a span is translated. */
    enum Kind {
        /** Literary text, in the guide's grade. */
        TEXT,
        /** A web or e-mail address: uncontracted, per UEB. */
        COMPUTER,
        /** Cells already in braille (transcriber's note indicators). */
        BRAILLE,
        /** A forced new line inside a paragraph. */
        LINE_BREAK,
        /** A print check box (☐), brailled as the table says (see {@code BrailleTable.checkBoxCells}). */
        CHECK_BOX
    }

    /** Typeform indicators. */
    enum Emphasis { NONE, BOLD, ITALIC }

    Span {
        Required.nonNull("text kind emphasis", text, kind, emphasis);
    }

    static Span text(String text) {
        return new Span(text, Kind.TEXT, Emphasis.NONE);
    }

    static Span braille(String cells) {
        return new Span(cells, Kind.BRAILLE, Emphasis.NONE);
    }
}
