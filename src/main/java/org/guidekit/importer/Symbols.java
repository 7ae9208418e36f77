package org.guidekit.importer;

import java.awt.Font;
import java.io.InputStream;
import java.util.Map;

/**
 * Symbols Word leaflets use as words (☎ for "Phone:") and the characters of Word's symbol fonts (Symbol,
 * Wingdings), which are stored as private-use codes that no other font shows.
 */
final class Symbols {
    /** Pictographs that stand for a word, and the word a patient should read or hear instead. */
    private static final Map<Integer, String> WORDS = Map.ofEntries(
            Map.entry(0x260E, "Phone"), Map.entry(0x260F, "Phone"), Map.entry(0x1F4DE, "Phone"),
            Map.entry(0x1F4F1, "Phone"), Map.entry(0x2706, "Phone"), Map.entry(0x2709, "Email"),
            Map.entry(0x1F4E7, "Email"), Map.entry(0x1F4E8, "Email"), Map.entry(0x1F4E9, "Email"),
            Map.entry(0x26A0, "Warning"), Map.entry(0x2139, "Note"), Map.entry(0x1F310, "Website"),
            Map.entry(0x1F4CD, "Address"), Map.entry(0x1F4C5, "Date"), Map.entry(0x1F4C6, "Date"),
            Map.entry(0x1F5D3, "Date"), Map.entry(0x23F0, "Time"), Map.entry(0x1F552, "Time"),
            Map.entry(0x2714, "yes"), Map.entry(0x2713, "yes"), Map.entry(0x2705, "yes"), Map.entry(0x2611, "yes"),
            Map.entry(0x2717, "no"), Map.entry(0x2718, "no"), Map.entry(0x274C, "no"), Map.entry(0x2612, "no"));

    /** Wingdings codes (as typed, 0x20-0xFF) → Unicode. Only the ones leaflets use; others are reported. */
    private static final Map<Integer, String> WINGDINGS = Map.ofEntries(
            Map.entry(0x28, "\u260E"), Map.entry(0x29, "\u2706"), Map.entry(0x2A, "\u2709"),
            Map.entry(0xFC, "\u2714"), Map.entry(0xFB, "\u2718"), Map.entry(0xFE, "\u2611"), Map.entry(0xFD, "\u2612"),
            Map.entry(0xA7, "\u2022"), Map.entry(0x6C, "\u2022"), Map.entry(0x6E, "\u2022"), Map.entry(0x71, "\u2022"),
            Map.entry(0x76, "\u2022"), Map.entry(0xD8, "\u2022"), Map.entry(0x9F, "\u2022"), Map.entry(0xA8, "\u2022"));
    private static final Map<Integer, String> SYMBOL = Map.ofEntries(
            Map.entry(0xB7, "\u2022"), Map.entry(0xB3, "\u2265"), Map.entry(0xA3, "\u2264"), Map.entry(0xB1, "\u00B1"),
            Map.entry(0xB0, "\u00B0"), Map.entry(0xD7, "\u00D7"), Map.entry(0x6D, "\u00B5"), Map.entry(0xAE, "\u2192"),
            Map.entry(0xBB, "\u2248"), Map.entry(0x2D, "\u2212"));

    private Symbols() {
    }

    /** The word for a pictograph, or null. */
    static String word(int cp) {
        return WORDS.get(cp);
    }

    /** Whether a symbol-font name is one whose codes must be translated. */
    static boolean isSymbolFont(String font) {
        if (font == null) {
            return false;
        }
        String f = font.toLowerCase(java.util.Locale.ROOT);
        return f.equals("symbol") || f.startsWith("wingdings") || f.equals("webdings");
    }

    /**
     * The Unicode text for a code of a symbol font ({@code w:sym} or text in such a font; F0xx or xx), or null when
     * unknown.
     */
    static String fromFont(String font, int code) {
        int c = code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code;
        String f = font == null ? "" : font.toLowerCase(java.util.Locale.ROOT);
        if (f.equals("symbol")) {
            return SYMBOL.get(c);
        } else if (f.startsWith("wingdings")) {
            return WINGDINGS.get(c);
        }
        return null;
    }

    /** Whether the handout's font (the bundled Atkinson Hyperlegible) can print {@code cp}. */
    static boolean printable(int cp) {
        Font font = HandoutFont.FONT;
        if (font != null) {
            return font.canDisplay(cp);
        }
        // Without the font file, assume what text fonts lack: emoji and pictographs beyond the BMP, private use.
        return cp < 0x1F000 && !(cp >= 0xE000 && cp <= 0xF8FF);
    }

    /** Loaded on first use only: the importer is the only user, and parsing a font costs time. */
    private static final class HandoutFont {
        static final Font FONT = load();

        private static Font load() {
            // The handout's own font file, read as a resource (the importer knows nothing else of the PDF).
            try (InputStream in = Symbols.class.getResourceAsStream(
                    "/org/guidekit/render/pdf/fonts/AtkinsonHyperlegible-Regular.ttf")) {
                return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (java.io.IOException | java.awt.FontFormatException e) {
                return null;
            }
        }
    }
}
