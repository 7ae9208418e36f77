package org.guidekit.render.braille;

/** The braille table has no braille for a character of the guide; the renderer adds the file and line. */
final class UntranslatableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int codePoint;

    UntranslatableException(int codePoint, String table) {
        super(String.format("the character \"%s\" (U+%04X) has no braille in the table %s; write it in words or "
                + "leave it out", new String(Character.toChars(codePoint)), codePoint, table));
        this.codePoint = codePoint;
    }

    int codePoint() {
        return codePoint;
    }
}
