package org.guidekit.render.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The guide's language picks the normaliser; English is today's, unchanged behind the seam. */
class SpeechNormalizerTest {
    @Test
    void spanishGuidesGetTheSpanishNormalizer() {
        for (String tag : new String[] {"es", "es-US", "es-419", "es-ES"}) {
            SpeechNormalizer n = SpeechNormalizer.forLanguage(tag, w -> true);
            assertEquals("es", n.language(), tag);
            assertEquals("Tome diez miligramos.", n.normalize("Tome 10 mg."), tag);
        }
    }

    @Test
    void everyOtherLanguageGetsTheEnglishNormalizerAsBefore() {
        HealthTextNormalizer english = new HealthTextNormalizer(w -> true);
        for (String tag : new String[] {"en-US", "en", "fr", "", "not a tag"}) {
            SpeechNormalizer n = SpeechNormalizer.forLanguage(tag, w -> true);
            assertEquals("en", n.language(), tag);
            for (String printed : new String[] {"Take 10 mg 2-3 times a day.", "Call 911.", "140/90 mmHg"}) {
                assertEquals(english.normalize(printed), n.normalize(printed), tag + ": " + printed);
            }
        }
    }

    @Test
    void theEnglishAdapterPassesTheVoiceLexiconOn() {
        // A capital word the voice does not know is spelled out; one it knows is left as a word.
        assertNotEquals(new HealthTextNormalizer(w -> false).normalize("Call EMS."),
                new HealthTextNormalizer(w -> true).normalize("Call EMS."));
        assertEquals(new HealthTextNormalizer(w -> false).normalize("Call EMS."),
                SpeechNormalizer.forLanguage("en-US", w -> false).normalize("Call EMS."));
        assertEquals(new HealthTextNormalizer(w -> true).normalize("Call EMS."),
                SpeechNormalizer.forLanguage("en-US", w -> true).normalize("Call EMS."));
    }
}
