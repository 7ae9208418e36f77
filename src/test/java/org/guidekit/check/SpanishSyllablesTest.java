package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spanish syllables by the spelling rules, against words whose division the RAE's rules fix. */
class SpanishSyllablesTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "sa-lud, 2", "dí-a, 2", "far-ma-cia, 3", "me-di-ca-men-to, 5", "pa-cien-te, 3", "pa-ís, 2",
            "a-é-re-o, 4", "gue-rra, 2", "pin-güi-no, 3", "buey, 1", "hoy, 1", "ciu-dad, 2", "le-er, 2", "rí-o, 2",
            "re-ú-ne, 3", "que, 1", "guí-a, 2", "po-e-ta, 3", "te-a-tro, 3", "hue-vo, 2", "muy, 1", "ya, 1", "y, 1",
            "a-ce-ta-mi-no-fén, 6", "hi-po-glu-ce-mia, 5", "o-í-do, 3", "cui-da-do, 3", "in-cre-í-ble, 4",
            "a-hí, 2", "a-yu-da, 3", "pro-hí-be, 3", "a-ho-ra, 3", "se-gui-mien-to, 4", "co-á-gu-los, 4",
            "ad-ver-ten-cia, 4", "ca-mión, 2", "náu-se-as, 3", "es-tre-ñi-mien-to, 5"})
    void countsByTheRules(String divided, int syllables) {
        String word = divided.replace("-", "");
        assertEquals(syllables, SpanishSyllables.count(word), divided);
        assertEquals(syllables, divided.split("-").length, "the table's own division of " + divided);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"ÁCIDO, 3", "¿Qué?, 1", "anti-inflamatorio, 7", "2.5, 1"})
    void capitalsPunctuationHyphensAndNumbers(String word, int syllables) {
        assertEquals(syllables, SpanishSyllables.count(word));
    }
}
