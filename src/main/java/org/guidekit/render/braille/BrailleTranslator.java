package org.guidekit.render.braille;

import java.util.List;

/**
 * Print text to braille cells for one guide (its language and grade). The transcription and layout see only this
 * interface; {@link LiblouisTranslator} implements it with liblouis.
 */
interface BrailleTranslator {
    /**
     * The Unicode braille of {@code spans}: six-dot cells, U+2800 between words ({@link NoBreakCells#NO_BREAK}
     * between the words of one piece of information), {@code '\n'} where a {@link Span.Kind#LINE_BREAK} was.
     *
     * @throws UntranslatableException when the table has no braille for a character
     */
    String translate(List<Span> spans);

    /** Whether the table marks bold and italic (the Spanish table has no typeform indicators). */
    boolean marksEmphasis();

    /** True when the guide is in Unified English Braille, whose transcriber's note indicators are used. */
    boolean ueb();
}
