package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechRulesTest {
    @TempDir
    Path dir;

    @Test
    void unknownWordsAreListedOnceAndDrugNamesAreWarnings() {
        List<Finding> f = Checked.rule(dir, "speech-unknown-word", "Take the pill with water. Ask your doctor about "
                + "sciatica.\n\nTake Relaxo 10 mg. Take metformin. Take baclofen. Sciatica is a spasm. Drink 2 ml "
                + "of water. You'll feel better. The doctor's pills.\n");
        assertEquals(List.of("sciatica", "relaxo", "metformin"), f.stream()
                .map(x -> x.message().replaceAll("^[^\"]*\"([^\"]*)\".*$", "$1").toLowerCase()).toList(),
                f.toString());
        assertEquals(List.of(Severity.INFO, Severity.WARNING, Severity.WARNING),
                f.stream().map(Finding::severity).toList());
        assertTrue(f.get(0).message().contains("used 2 times"));
        assertTrue(f.get(0).action().contains("sciatica: RESPELLING"));
    }

    @Test
    void unitsAndAbbreviationsTheVoiceExpandsAreNotUnknownWords() {
        // One source of truth: the speech normaliser's tables decide what the voice says, so check asks nothing
        // about "tsp", "tbsp" or "mmol" written after a number; written alone they are guessed, and flagged.
        CheckSettings realVoice = Checked.settings().withLexicon(org.guidekit.render.audio.FreeTtsLexicon.instance());
        List<Finding> f = Checked.all(dir, "", "Mix 1 tsp of salt and 2 tbsp of sugar. Keep it under 7 mmol/L. "
                + "Your approx. dose is 5 mL b.i.d.\n\nTake a tsp.\n", realVoice).stream()
                .filter(x -> x.rule().equals("speech-unknown-word")).toList();
        assertEquals(List.of("tsp"), f.stream()
                .map(x -> x.message().replaceAll("^[^\"]*\"([^\"]*)\".*$", "$1").toLowerCase()).toList(),
                f.toString());
    }

    @Test
    void aPronunciationCountsOnlyForTheExactWordTheVoiceWillSee() {
        List<Finding> f = Checked.rule(dir, "speech-unknown-word", "pronunciations:\n  lantu: LAN-tuss\n",
                "Take the Lantus with water.\n");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).action().contains("add a line lantus: RESPELLING"), f.toString());
        assertEquals(0, Checked.rule(dir, "speech-unknown-word", "pronunciations:\n  lantus: LAN-tuss\n",
                "Take the Lantus with water.\n").size());
    }

    @Test
    void symbolsTheVoiceSaysInContextAreNotFlagged() {
        assertEquals(0, Checked.rule(dir, "speech-dropped-char", "A fever is 100.4 \u00B0F or 38\u00B0C. Take 250 "
                + "\u00B5g.\n").size());
        assertEquals(1, Checked.rule(dir, "speech-dropped-char", "Turn it 90\u00B0 to the left.\n").size());
        assertEquals(0, Checked.rule(dir, "speech-dropped-char", "Call the doctor \u2610 before \u2610 within 2 "
                + "hours.\n").size(), "the voice says a check box as 'check box'");
    }

    @Test
    void ambiguousShorthandIsAWarningAndShorthandTheVoiceExpandsIsInfo() {
        List<Finding> f = Checked.rule(dir, "clinical-shorthand", "Take it qd. Use 10 U at hs. Call ext for help.\n\n"
                + "Take it q4h. Inject it sc. Call ext. 2040. Do it once a day.\n");
        assertEquals(List.of("INFO q4h", "INFO sc", "WARNING U", "WARNING ext", "WARNING hs", "WARNING qd"),
                f.stream().map(x -> x.severity() + " " + x.message().replaceAll("^\"([^\"]*)\".*$", "$1")).sorted()
                        .toList(), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.message().startsWith("\"qd\"") && x.action().contains("once a day")));
    }

    @Test
    void withoutAVoiceUnknownWordsAreNotChecked() {
        assertEquals(0, Checked.all(dir, "", "Zyxqv.\n", CheckSettings.defaults()).stream()
                .filter(x -> x.rule().equals("speech-unknown-word")).count());
    }

    @Test
    void droppedCharactersAreNamedWithWhatToWriteInstead() {
        List<Finding> f = Checked.rule(dir, "speech-dropped-char", "Take 250 \u00B5L.\n\n## \u2705 Step 1\n\n"
                + "Don\u2019t rest \u2013 walk. Caf\u00E9 is fine.\n");
        assertEquals(2, f.size(), f.toString());
        assertEquals("\"\u00B5\" (micro sign) is not spoken by the voice", f.get(0).message());
        assertEquals("write mcg", f.get(0).action());
        assertEquals("\"\u2705\" (white heavy check mark) is not spoken by the voice", f.get(1).message());
    }
}
