package org.guidekit.importer;

/**
 * A piece of paragraph text with one formatting, or a manual line break. The importer's own inline form: simple
 * to trim, fold and split before it is written as Markdown.
 *
 * @param text   the text; "\n" for a line break
 * @param bold   shown bold in Word
 * @param italic shown italic in Word
 * @param link   the hyperlink target, or null
 */
record Span(String text, boolean bold, boolean italic, String link) {
    static final String BREAK = "\n";

    static Span plain(String text) {
        return new Span(text, false, false, null);
    }

    static Span lineBreak() {
        return new Span(BREAK, false, false, null);
    }

    boolean isBreak() {
        return text.equals(BREAK);
    }

    boolean sameLook(Span o) {
        return bold == o.bold && italic == o.italic && java.util.Objects.equals(link, o.link) && !isBreak()
                && !o.isBreak();
    }

    Span withText(String t) {
        return new Span(t, bold, italic, link);
    }
}
