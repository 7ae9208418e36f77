package org.guidekit.check;

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
}
