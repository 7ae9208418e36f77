package org.guidekit.render.audio;

import java.util.Locale;

import org.guidekit.check.VoiceLexicon;
import org.guidekit.render.speech.DrugNames;
import org.guidekit.render.speech.HealthTextNormalizer;

/**
 * The words FreeTTS's voice knows, for the content checks. A word is known when it is in the lexicon the voice
 * uses ({@code cmulex}) or in the full CMU dictionary shipped in the same jar ({@code cmudict04}): the voice's
 * lexicon leaves out the ordinary words its letter-to-sound rules already say right ("doctors", "heating"), and
 * those are exactly the ones in the full dictionary. What is in neither (drug names, brands, rare words) is
 * guessed from the spelling, unless guidekit's bundled list of medicine names ({@link DrugNames}), which every
 * voice gets in its lexicon, has it.
 *
 * <p>Only the words are read ({@link LexiconWords}), not their phones: ≈40 ms instead of FreeTTS's own ≈0.4 s
 * load. One shared instance is loaded on first use; lookups are read-only and thread-safe.
 */
public final class FreeTtsLexicon implements VoiceLexicon {
    /** One for all calls: making one compiles some 150 patterns, and the check rules call this per piece of text. */
    private static final HealthTextNormalizer NORMALIZER = new HealthTextNormalizer();

    private final LexiconWords voiceLexicon = LexiconWords.load("cmulex");
    private final LexiconWords fullDictionary = LexiconWords.load("cmudict04");

    private FreeTtsLexicon() {
    }

    /** The shared lexicon, loaded on first call. */
    public static FreeTtsLexicon instance() {
        return Holder.INSTANCE;
    }

    @Override
    public boolean knows(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return voiceLexicon.contains(w) || fullDictionary.contains(w) || DrugNames.contains(w);
    }

    @Override
    public String spoken(String printed) {
        return NORMALIZER.normalize(printed);
    }

    /** Lazy, thread-safe loading by the class-initialisation rules. */
    private static final class Holder {
        static final FreeTtsLexicon INSTANCE = new FreeTtsLexicon();
    }
}
