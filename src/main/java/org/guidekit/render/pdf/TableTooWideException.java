package org.guidekit.render.pdf;

/**
 * A table whose longest words cannot stand side by side at the chosen size. Cutting them could turn a drug name
 * into two wrong words, so the handout is refused instead; the renderer adds the guide's file to the message.
 */
final class TableTooWideException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    TableTooWideException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
