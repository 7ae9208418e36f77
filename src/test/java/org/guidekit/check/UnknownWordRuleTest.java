package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnknownWordRuleTest {
    @TempDir
    Path dir;

    /** Each reported word (lower case) with its finding, from the real voice and its normaliser. */
    private Map<String, Finding> found(String body) {
        CheckSettings realVoice = Checked.settings().withLexicon(org.guidekit.render.audio.FreeTtsLexicon.instance());
        Map<String, Finding> byWord = new TreeMap<>();
        Checked.all(dir, "", body, realVoice).stream().filter(x -> x.rule().equals("speech-unknown-word"))
                .forEach(x -> byWord.put(x.message().replaceAll("^[^\"]*\"([^\"]*)\".*$", "$1").toLowerCase(), x));
        return byWord;
    }

    @Test
    void dosageFormsAreNotCalledMedicines() {
        Map<String, Finding> f = found("| Weight | Chewable 80 mg tablets | Junior caplet 100 mg | Gummies |\n"
                + "|---|---|---|---|\n| 24-35 lbs | 2 | 1 | 4 gummies |\n\nTake 2 caplets 500 mg. Or 1 ODT 10 mg.\n");
        for (Finding x : f.values()) {
            assertFalse(x.message().contains("medicine"), x.toString());
        }
        assertTrue(f.containsKey("caplet") || f.containsKey("chewable"), f.toString()); // still words to hear
    }

    @Test
    void aMedicineNameWithADoseIsStillAWarning() {
        Finding relaxo = found("Take Relaxo 10 mg at night.\n").get("relaxo");
        assertEquals(Severity.WARNING, relaxo.severity(), relaxo.toString());
        assertTrue(relaxo.message().contains("medicine name"), relaxo.toString());
    }

    @Test
    void unitsTheNormaliserExpandsAfterANumberAreNotUnknownWords() {
        assertEquals(Map.of(), found("Give 2.5 mL or 1 tsp. For 12-17 lbs give 80 mg. Take 125 mcg. "
                + "Keep it under 7 mmol/L and 130 mg/dL.\n"));
    }

    @Test
    void aUnitTheNormaliserLeavesAsLettersIsReportedAsThatWithWhatToWrite() {
        Map<String, Finding> f = found("What your result means in mg/dL.\n\n| Age | Dose |\n|---|---|\n"
                + "| 6-11 mos | 1 |\n\nNormal range: 0.4 to 4.0 mIU/L. Take 0.4 mg (1/150 gr).\n");
        // "mos" is not among them: the normaliser says "months" for it.
        assertEquals(List.of("dl", "gr", "mg", "miu"), List.copyOf(f.keySet()), f.toString());
        Finding mg = f.get("mg");
        assertTrue(mg.message().contains("a number comes right before it") && mg.message().contains("\"in mg/dL\"")
                && mg.message().contains("milligrams"), mg.toString());
        assertTrue(mg.action().contains("milligrams"), mg.toString());
        assertTrue(f.get("miu").message().contains("milli-international units"), f.get("miu").toString());
        assertTrue(f.get("gr").action().contains("grains"), f.get("gr").toString());
        for (Finding x : f.values()) {
            assertEquals(Severity.WARNING, x.severity(), x.toString());
            assertFalse(x.message().contains("medicine") || x.action().contains("RESPELLING"), x.toString());
        }
    }
}
