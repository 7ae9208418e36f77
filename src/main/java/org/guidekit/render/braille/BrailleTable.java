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

    /** "en-ueb-g2.ctb (English)", for messages. */
    String describe() {
        return main + " (" + language + ")";
    }
}
