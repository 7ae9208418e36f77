package org.guidekit.render.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.guidekit.check.VoiceLexicon;
import org.guidekit.render.speech.HealthTextNormalizer;

import com.sun.speech.freetts.en.us.CMULexicon;

/**
 * The words FreeTTS's voice knows, for the content checks. A word is known when it is in the lexicon the voice
 * uses ({@code cmulex}) or in the full CMU dictionary shipped in the same jar ({@code cmudict04}): the voice's
 * lexicon leaves out the ordinary words its letter-to-sound rules already say right ("doctors", "heating"), and
 * those are exactly the ones in the full dictionary. What is in neither (drug names, brands, rare words) is
 * guessed from the spelling.
 *
 * <p>Loading takes ≈0.4 s, so one shared instance is loaded on first use; lookups are read-only and thread-safe.
 */
public final class FreeTtsLexicon implements VoiceLexicon {
    private final CMULexicon voiceLexicon;
    private final CMULexicon fullDictionary;

    private FreeTtsLexicon() {
        try {
            voiceLexicon = CMULexicon.getInstance("cmulex", true);
            voiceLexicon.load();
            fullDictionary = CMULexicon.getInstance("cmudict04", true);
            fullDictionary.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load FreeTTS's CMU lexicon from its jar", e);
        }
    }

    /** The shared lexicon, loaded on first call. */
    public static FreeTtsLexicon instance() {
        return Holder.INSTANCE;
    }

    @Override
    public boolean knows(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        // useLTS=false: only real entries; with letter-to-sound every string would have phones.
        return voiceLexicon.getPhones(w, null, false) != null || fullDictionary.getPhones(w, null, false) != null;
    }

    @Override
    public String spoken(String printed) {
        return new HealthTextNormalizer().normalize(printed);
    }

    /** Lazy, thread-safe loading by the class-initialisation rules. */
    private static final class Holder {
        static final FreeTtsLexicon INSTANCE = new FreeTtsLexicon();
    }
}
