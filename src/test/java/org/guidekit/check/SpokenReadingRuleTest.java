package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.guidekit.render.audio.FreeTtsVoiceWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spoken-reading rule on small guides, against the words FreeTTS really says (no stand-in voice): text that
 * today's normaliser says wrong is found, at its line, with what the voice says; text said right gives nothing.
 */
class SpokenReadingRuleTest {
    @TempDir
    Path dir;

    private List<Finding> spoken(String frontMatter, String body) {
        return Checked.all(dir, frontMatter, body, Checked.settings().withVoiceWords(FreeTtsVoiceWords.instance()))
                .stream().filter(f -> f.rule().equals(SpokenReadingRule.ID)).toList();
    }

    @Test
    void aWrongDoseIsAnErrorAtItsLineSayingWhatTheVoiceSays() {
        List<Finding> f = spoken("", "Rest well.\n\nTake \u00BD \u2013 1 tablet at night.\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(6, f.get(0).line());
        assertEquals("the voice will say nothing for the dash in \u00BD \u2013 1 tablet", f.get(0).message());
        assertTrue(f.get(0).action().startsWith("it should say 'one half to one tablet'"), f.get(0).action());
    }

    @Test
    void aPhoneNumberReadAsACardinalIsAnError() {
        // FreeTTS's number rule looks at the neighbours: after "18001" the UK number becomes "zero thousand ..."
        List<Finding> f = spoken("", "Textphone: call 18001 0800 123 4567.\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("the voice will say 'zero thousand eight hundred' for 0800 in 0800 123 4567",
                f.get(0).message());
    }

    @Test
    void otherInformationIsAWarning() {
        List<Finding> f = spoken("", "Use it before 03/2024. Use 50% - 75% of the dose.\n");
        assertEquals(List.of(Severity.WARNING, Severity.WARNING), f.stream().map(Finding::severity).toList(),
                f.toString());
        assertTrue(f.get(0).message().endsWith("for 03/2024"), f.get(0).message());
        assertTrue(f.get(1).message().endsWith("for the dash in 50% - 75%"), f.get(1).message());
    }

    @Test
    void aCorrectReadingGivesNoFinding() {
        assertEquals(List.of(), spoken("", "Call 1-800-222-1222 or 911. Take 10 mg, or 2.5 mL, for 3-5 days. "
                + "A fever is 100.4\u00B0F. Aim for 120/80. Call 1-800-MEDICARE.\n\n| Weight | Dose |\n|---|---|\n"
                + "| 12-17 lbs | 2.5 mL |\n"));
    }

    @Test
    void aTableCellIsComparedWithItsColumnName() {
        List<Finding> f = spoken("", "| Age | Dose |\n|---|---|\n| 2-3 years | \u00BD \u2013 1 tablet |\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(6, f.get(0).line(), "the row's line (the header is on line 4)");
    }

    @Test
    void aGuideInAnotherLanguageGetsNoEnglishVoiceFindings() {
        assertEquals(List.of(), spoken("language: es\n", "Tome \u00BD \u2013 1 tableta. Llame al 0800 123 4567.\n"));
    }

    @Test
    void withoutTheVoicesWordsNothingIsChecked() {
        assertEquals(List.of(), Checked.all(dir, "", "Take \u00BD \u2013 1 tablet.\n", Checked.settings()).stream()
                .filter(f -> f.rule().equals(SpokenReadingRule.ID)).toList());
    }
}
