package org.guidekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The {@code voice:} setting's values and the default voice of each language (issue 27). */
class VoiceTest {
    @Test
    void theSettingNamesAnEngineAndOptionallyItsVoice() {
        assertEquals(Voice.FREETTS, Voice.parse("freetts"));
        assertEquals(Voice.FREETTS, Voice.parse(" FreeTTS "));
        assertEquals(Voice.NONE, Voice.parse("none"));
        assertEquals(new Voice(Voice.Engine.ESPEAK_NG, Optional.empty()), Voice.parse("espeak-ng"));
        assertEquals(new Voice(Voice.Engine.ESPEAK_NG, Optional.of("es-419")), Voice.parse("espeak-ng:es-419"));
        assertEquals("espeak-ng:es-419", Voice.parse("espeak-ng:es-419").toString());
        assertEquals("freetts", Voice.FREETTS.toString());
        assertEquals("none", Voice.NONE.toString());
    }

    @Test
    void anUnknownVoiceSaysWhatItMayBeAndSuggestsTheNearest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Voice.parse("espeak:es"));
        assertEquals("unknown voice \"espeak:es\"; did you mean espeak-ng:es? the voice is one of freetts, "
                + "espeak-ng, espeak-ng:<voice> (e.g. espeak-ng:es-419) or none", e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Voice.parse("free-tts")).getMessage()
                .contains("did you mean freetts?"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Voice.parse("espeak-ng:")).getMessage()
                .contains("did you mean espeak-ng?"));
        String other = assertThrows(IllegalArgumentException.class, () -> Voice.parse("sapi")).getMessage();
        assertEquals("unknown voice \"sapi\"; the voice is one of " + Voice.VALUES, other);
        assertThrows(IllegalArgumentException.class, () -> Voice.parse("espeak-ng:es 419"));
    }

    @Test
    void eachLanguageHasItsDefault() {
        assertEquals(Optional.of(Voice.FREETTS), Voice.forLanguage("en-US"));
        assertEquals(Optional.of(Voice.FREETTS), Voice.forLanguage("en-GB"));
        assertEquals("espeak-ng:es-419", Voice.forLanguage("es-MX").orElseThrow().toString());
        assertEquals("espeak-ng:es-419", Voice.forLanguage("es-US").orElseThrow().toString());
        assertEquals("espeak-ng:es-419", Voice.forLanguage("es-419").orElseThrow().toString());
        assertEquals("espeak-ng:es", Voice.forLanguage("es-ES").orElseThrow().toString(), "Spain");
        assertEquals("espeak-ng:es", Voice.forLanguage("es").orElseThrow().toString(), "Spanish alone");
        assertEquals("espeak-ng:fr", Voice.forLanguage("fr-CA").orElseThrow().toString());
        assertEquals(Optional.empty(), Voice.forLanguage("de-DE"));
    }

    @Test
    void aSettingIsMadeConcreteForTheGuidesLanguage() {
        Voice espeak = Voice.parse("espeak-ng");
        assertEquals("espeak-ng:en-us", espeak.forGuide("en-US").toString(), "English with espeak-ng");
        assertEquals("espeak-ng:en-gb", espeak.forGuide("en-GB").toString());
        assertEquals("espeak-ng:es-419", espeak.forGuide("es-CO").toString());
        assertEquals("espeak-ng:es", espeak.forGuide("es-ES").toString());
        assertEquals("espeak-ng:de", espeak.forGuide("de").toString(), "espeak-ng speaks more than the defaults");
        assertEquals("espeak-ng:es", Voice.parse("espeak-ng:es").forGuide("es-MX").toString(), "a named voice stays");
        assertEquals(Voice.FREETTS, Voice.FREETTS.forGuide("en-US"));
        assertEquals(Voice.NONE, Voice.NONE.forGuide("es-MX"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Voice.FREETTS.forGuide("es-MX"));
        assertEquals("FreeTTS speaks English only, but the guide's language is es-MX; choose voice: espeak-ng",
                e.getMessage());
    }
}
