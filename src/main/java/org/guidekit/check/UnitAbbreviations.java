package org.guidekit.check;

import java.util.Map;
import java.util.Optional;

/**
 * Unit abbreviations of patient leaflets and lab sheets that the voice's normaliser does not expand, with the words
 * they stand for, so that a finding can say what to write ("6-11 mos": write "months") instead of asking for a
 * respelling. The units the voice does expand are its normaliser's to list and name
 * ({@link VoiceLexicon#unitAfterNumber}); this list only fills in for the others, and a unit the normaliser learns
 * is then named by it.
 * Spellings are case-sensitive, as printed: "mIU" is a unit, "miu" is not.
 */
final class UnitAbbreviations {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("mo", "month"), Map.entry("mos", "months"), Map.entry("gr", "grains"),
            Map.entry("ng", "nanograms"), Map.entry("mcL", "microliters"), Map.entry("nmol", "nanomoles"),
            Map.entry("mEq", "milliequivalents"), Map.entry("mIU", "milli-international units"),
            Map.entry("gtt", "drops"), Map.entry("gtts", "drops"), Map.entry("kcal", "kilocalories"));

    private UnitAbbreviations() {
    }

    /** The words {@code printed} stands for, if it is a unit abbreviation. */
    static Optional<String> words(String printed) {
        return Optional.ofNullable(WORDS.get(printed));
    }
}
