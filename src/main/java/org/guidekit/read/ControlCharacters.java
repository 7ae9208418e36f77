package org.guidekit.read;

/**
 * Invisible control characters: they print as nothing and can make the voice stop or skip. They reach the text
 * through the file itself, YAML escapes ({@code "\e"}, {@code "\x01"}) and Markdown character references
 * ({@code &#27;}); all are refused with the code point named (U+001B), never printed raw.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The first control character in {@code text} (tab and line breaks allowed when {@code layout}), or -1. */
    static int first(String text, boolean layout) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = layout && (c == '\t' || c == '\n' || c == '\r');
            if (Character.isISOControl(c) && !allowed) {
                return c;
            }
        }
        return -1;
    }

    /** "U+001B". */
    static String name(int c) {
        return String.format("U+%04X", c);
    }
}
