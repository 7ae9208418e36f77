package org.guidekit.check;

/**
 * The words the speaking voice knows how to pronounce. Implemented with the voice's own dictionary in
 * {@code org.guidekit.render.audio}, so that this package stays free of speech-engine types.
 */
@FunctionalInterface
public interface VoiceLexicon {
    /** True when the voice has a pronunciation for {@code word} (lower case, letters and apostrophes only). */
    boolean knows(String word);
}
