package org.guidekit.render.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The normaliser's case table, checked as pure string rewriting (the FreeTTS check is in render.audio). */
class HealthTextNormalizerTest {
    private final HealthTextNormalizer normalizer = NormalizerCases.normalizer();

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.guidekit.render.speech.NormalizerCases#all")
    void printedTextBecomesSpokenText(String printed, String spoken, String words) {
        assertEquals(spoken, normalizer.normalize(printed), () -> "input: " + printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.guidekit.render.speech.NormalizerCases#all")
    void normalisingTwiceChangesNothing(String printed, String spoken, String words) {
        // The script builder normalises list items and table rows it has assembled from normalised parts.
        assertEquals(spoken, normalizer.normalize(spoken), () -> "input: " + spoken);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.guidekit.render.speech.NormalizerCases#all")
    void resultIsOneLineOfPlainAscii(String printed, String spoken, String words) {
        assertTrue(normalizer.normalize(printed).matches("[\\x20-\\x7e]*"), printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.guidekit.render.speech.NormalizerCases#all")
    void noStraySpaceOrPeriodIsLeft(String printed, String spoken, String words) {
        assertTrue(!SampleGuidesSpeechScriptTest.STRAY.matcher(spoken).find(), () -> "stray space or period: " + spoken);
    }

    @Test
    void emergencyNumbersInsideLargerNumbersAreLeftAlone() {
        assertEquals("It costs 1911 dollars.", normalizer.normalize("It costs 1911 dollars."));
        assertEquals("Take 9.112 units.", normalizer.normalize("Take 9.112 units."));
    }

    @Test
    void nothingSpeakableGivesEmptyText() {
        assertEquals("", normalizer.normalize(" \u2022 \uD83D\uDE34 "));
    }
}
