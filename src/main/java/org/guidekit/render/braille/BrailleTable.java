package org.guidekit.render.braille;

import java.util.Locale;
import java.util.Optional;

/**
 * The liblouis tables for a guide's language and grade.
 *
 * <ul>
 *   <li>English: Unified English Braille, grade 2 ({@code en-ueb-g2.ctb}) or grade 1 ({@code en-ueb-g1.ctb}); web
 *   and e-mail addresses are uncontracted and, in grade 2, start with the grade 1 word indicator (dots 56 56).</li>
 *   <li>French: contracted ({@code fr-bfu-g2.ctb}) or uncontracted ({@code fr-bfu-comp6.utb}) French braille.</li>
 *   <li>Spanish: {@code es-g1.ctb} for both grades. Spanish literary braille is read uncontracted, and liblouis's
 *   contracted Spanish table translates one way only, so it could not be proofread by back-translation.</li>
 * </ul>
 *
 * @param language          the language's English name, for messages
 * @param main              the table for the text
 * @param computer          the table for web and e-mail addresses
 * @param computerIndicator cells written before an address (the grade 1 word indicator), or empty
 * @param ueb               true for Unified English Braille (its transcriber's note indicators exist)
 */
record BrailleTable(String language, String main, String computer, String computerIndicator, boolean ueb) {
    /** UEB grade 1 word indicator, dots 56 56. */
    static final String GRADE_1_WORD = "\u2830\u2830";

    /** The tables for {@code languageTag} at {@code grade} (1 or 2), or empty for a language without tables. */
    static Optional<BrailleTable> forLanguage(String languageTag, int grade) {
        boolean contracted = grade == 2;
        return switch (Locale.forLanguageTag(languageTag).getLanguage()) {
            case "en" -> Optional.of(contracted
                    ? new BrailleTable("English", "en-ueb-g2.ctb", "en-ueb-g1.ctb", GRADE_1_WORD, true)
                    : new BrailleTable("English", "en-ueb-g1.ctb", "en-ueb-g1.ctb", "", true));
            case "fr" -> Optional.of(contracted
                    ? new BrailleTable("French", "fr-bfu-g2.ctb", "fr-bfu-g2.ctb", "", false)
                    : new BrailleTable("French", "fr-bfu-comp6.utb", "fr-bfu-comp6.utb", "", false));
            case "es" -> Optional.of(new BrailleTable("Spanish", "es-g1.ctb", "es-g1.ctb", "", false));
            default -> Optional.empty();
        };
    }

    /** UEB's square, the shape indicator and "4 sides" (dots 1246, 3456 145), for a print check box (☐). */
    static final String UEB_SQUARE = "\u282B\u283C\u2819";
    /** UEB grade 1 symbol indicator, dots 56: in contracted braille the shape indicator alone would read "ed". */
    static final String GRADE_1_SYMBOL = "\u2830";

    /**
     * How a print check box (☐, U+2610) is brailled. UEB has no check-box symbol; transcribers follow print with
     * the shape symbol for a square (UEB section 11.7 shapes; the BANA/NBA answer for boxes to be checked: the
     * square, dots 1246 3456 145, after a grade 1 indicator), so a reader finds a box where print has one. French
     * and Spanish braille have no shape symbols in liblouis's tables: there the box is the word, in brackets.
     *
     * @return the cells, or empty when {@link #checkBoxWord} is to be translated instead
     */
    Optional<String> checkBoxCells() {
        if (!ueb) {
            return Optional.empty();
        }
        return Optional.of(main.equals("en-ueb-g2.ctb") ? GRADE_1_SYMBOL + UEB_SQUARE : UEB_SQUARE);
    }

    /** The print words for a check box where braille has no symbol: "(casilla)", "(case à cocher)". */
    String checkBoxWord() {
        return switch (language) {
            case "Spanish" -> "(casilla)";
            case "French" -> "(case \u00E0 cocher)";
            default -> "(check box)";
        };
    }

    /** "en-ueb-g2.ctb (English)", for messages. */
    String describe() {
        return main + " (" + language + ")";
    }
}
