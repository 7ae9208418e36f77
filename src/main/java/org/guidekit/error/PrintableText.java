package org.guidekit.error;

/**
 * Text made safe to print in a message: control characters (which a terminal may act on, e.g. ESC) and the bidi
 * controls that can make a line read differently from what it holds are shown as {@code U+001B}; a tab becomes a
 * space. Messages quote the user's text, and that text may hold anything.
 */
public final class PrintableText {
    private PrintableText() {
    }

    public static String of(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = c == '\t' ? " " : isHidden(c) ? String.format("U+%04X", (int) c) : null;
            if (replacement != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? text : b.toString();
    }

    private static boolean isHidden(char c) {
        return (Character.isISOControl(c) && c != '\n') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
    }
}
