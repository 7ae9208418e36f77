package org.guidekit.check;

import java.util.Optional;

/**
 * The words the speaking voice knows how to pronounce. Implemented with the voice's own dictionary in
 * {@code org.guidekit.render.audio}, so that this package stays free of speech-engine types.
 */
@FunctionalInterface
public interface VoiceLexicon {
    /** True when the voice has a pronunciation for {@code word} (lower case, letters and apostrophes only). */
    boolean knows(String word);

    /**
     * {@code printed} as the voice will say it, with units, abbreviations and numbers expanded by the speech
     * normaliser ("2 tsp" is said "two teaspoons"). The checks look for unknown words in this, so that the voice's
     * own tables are the only list of what it expands.
     */
    default String spoken(String printed) {
        return printed;
    }

    /**
     * What the voice says for the unit {@code abbreviation} written after a number ("mg" → "milligrams"), when its
     * speech normaliser expands it there; empty when it leaves it as letters. Asked of the normaliser itself
     * ({@link #spoken}), so that its tables stay the only list of the units the voice expands.
     */
    default Optional<String> unitAfterNumber(String abbreviation) {
        String said = spoken("2 " + abbreviation).strip();
        int space = said.indexOf(' '); // the number, in digits or in words
        String unit = space < 0 ? abbreviation : said.substring(space + 1).strip();
        return unit.isEmpty() || unit.equals(abbreviation) ? Optional.empty() : Optional.of(unit);
    }
}
