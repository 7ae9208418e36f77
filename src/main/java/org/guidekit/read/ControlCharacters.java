package org.guidekit.read;

import java.util.Locale;

/**
 * Invisible characters, and the one canonical text every check and renderer reads. Invisible characters print as
 * nothing, make the voice stop or skip, and split what a check reads from what a reader sees and a renderer links:
 * {@code www<soft hyphen>cheap-meds-online.com} shows and links the pharmacy while a check sees two words.
 *
 * <p>Two classes, decided once here for the file itself, YAML escapes ({@code "\e"}, {@code "\u200B"}) and Markdown
 * character references ({@code &#27;}, {@code &shy;}):
 * <ul>
 *   <li>the soft hyphen (U+00AD) is <em>removed</em>: it is only a hint where a word may be hyphenated, word
 *       processors paste it everywhere, and the text means the same without it (the renderers hyphenate, or not,
 *       themselves);</li>
 *   <li>every other control character (Unicode category Cc, but tab and line breaks) and every other format
 *       character (category Cf: zero-width space, joiner and non-joiner, word joiner, bidirectional controls,
 *       byte-order mark inside the text, invisible operators, tag characters, ...) is <em>refused</em> with the
 *       code point and its name: each either changes what the text says (a bidi override reorders it) or splits a
 *       word without a trace, and a patient guide needs none of them. Emoji joined with U+200D are refused too.</li>
 * </ul>
 */
final class ControlCharacters {
    /** The soft hyphen, removed from every text. */
    static final char SOFT_HYPHEN = '\u00AD';

    private ControlCharacters() {
    }

    /**
     * The first refused character in {@code text} (tab and line breaks allowed when {@code layout}), or -1. The
     * soft hyphen is not refused: {@link #canonical} removes it.
     */
    static int first(String text, boolean layout) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isRefused(c, layout)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** True for a character no text may hold (see the class comment). */
    static boolean isRefused(int c, boolean layout) {
        boolean allowed = layout && (c == '\t' || c == '\n' || c == '\r');
        return !allowed && (Character.isISOControl(c) || (Character.getType(c) == Character.FORMAT && c != SOFT_HYPHEN));
    }

    /** {@code text} without soft hyphens: the canonical text every check and renderer reads. */
    static String canonical(String text) {
        return text.indexOf(SOFT_HYPHEN) < 0 ? text : text.replace(String.valueOf(SOFT_HYPHEN), "");
    }

    /** "U+001B" for a control character, "U+200B, zero width space" for a format character. */
    static String name(int c) {
        String name = Character.getName(c);
        boolean format = Character.getType(c) == Character.FORMAT && name != null;
        return String.format("U+%04X", c) + (format ? ", " + name.toLowerCase(Locale.ROOT) : "");
    }

    /** "invisible control character (U+001B)" or "invisible format character (U+200B, zero width space)". */
    static String describe(int c) {
        return "invisible " + (Character.getType(c) == Character.FORMAT ? "format" : "control") + " character ("
                + name(c) + ")";
    }
}
