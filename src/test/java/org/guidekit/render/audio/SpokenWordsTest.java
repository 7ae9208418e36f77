package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guidekit.render.speech.CmuPhones;
import org.guidekit.render.speech.Prosody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The normaliser's case table checked against what FreeTTS will actually say: the words of its own Word relation,
 * not a listener's ear.
 */
class SpokenWordsTest {
    private static FreeTtsSynthesizer voice;

    @BeforeAll
    static void loadVoice() {
        voice = new FreeTtsSynthesizer(new VoiceSettings(155, Optional.empty()), Map.of());
    }

    @AfterAll
    static void unloadVoice() {
        voice.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.guidekit.render.speech.NormalizerCases#all")
    void freettsSaysTheExpectedWords(String printed, String spoken, String words) {
        assertEquals(words, String.join(" ", voice.spokenWords(spoken)), () -> "printed: " + printed
                + "\nhanded to the voice: " + spoken);
    }

    @Test
    void pronunciationListChangesWhatTheVoiceSays() {
        // Without the list, FreeTTS's letter-to-sound rules guess paracetamol (not in guidekit's bundled US list).
        List<String> guessed = voice.spokenPhones("paracetamol");
        var phones = org.guidekit.render.speech.Pronunciations.phones("paracetamol", "pair-uh-SEE-tuh-mol", "test");
        List<String> listed = List.of("p", "eh", "r", "ax", "s", "iy", "t", "ax", "m", "aa", "l");
        try (FreeTtsSynthesizer withList = new FreeTtsSynthesizer(new VoiceSettings(155, Optional.empty()),
                Map.of("paracetamol", phones))) {
            assertEquals(listed, withList.spokenPhones("Paracetamol"));
            assertEquals(withList.spokenPhones("paracetamol"), withList.spokenPhones("PARACETAMOL,"));
        }
        assertEquals(false, guessed.equals(listed), guessed.toString());
    }

    @Test
    void everyPhoneWeAcceptIsOneTheVoiceCanSay() {
        // One made-up word per phone: if the validator let through a phone kevin16 has no data for, speak() fails.
        // Each phone is followed by a vowel: kevin16 has no diphone from hh or w into a consonant, and FreeTTS
        // prints "Can't find diphone" on stderr for such a pair.
        List<String> phones = CmuPhones.all();
        Map<String, List<String>> lexicon = new java.util.TreeMap<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            String word = "zq" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            lexicon.put(word, List.of("z", "ih1", phones.get(i), "ah"));
            words.add(word);
        }
        try (FreeTtsSynthesizer withAll = new FreeTtsSynthesizer(new VoiceSettings(155, Optional.empty()), lexicon)) {
            short[] pcm = withAll.speak(String.join(", ", words) + ".", Prosody.NORMAL).samples();
            assertEquals(true, pcm.length > 16000);
        }
    }
}
