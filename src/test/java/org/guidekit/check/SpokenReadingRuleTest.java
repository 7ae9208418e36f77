package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guidekit.model.Guide;
import org.guidekit.render.audio.FreeTtsVoiceWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spoken-reading rule on small guides. Mismatches are shown with FreeTTS reading the printed text as it is
 * (without the speech normaliser, whose fixes must not make these tests pass vacuously): FreeTTS 1.2.2 says
 * "Call 911" as "nine hundred eleven", "10 mg" as "ten m g" and drops an en dash, as docs/freetts.md records. The
 * full pipeline ({@link FreeTtsVoiceWords}: the guide's speech script, then FreeTTS) must find nothing in text it
 * reads right.
 */
class SpokenReadingRuleTest {
    /** FreeTTS's own words for each printed element as printed, a table cell with its column name. */
    private static final VoiceWords RAW_FREETTS = new VoiceWords() {
        @Override
        public List<Said> said(Guide guide, Map<String, String> sharedPronunciations) {
            List<Said> said = new ArrayList<>();
            PrintedElements.of(guide).forEach((key, segments) -> {
                String[] k = key.split("\u0000");
                StringBuilder text = new StringBuilder();
                segments.forEach(s -> text.append(text.length() == 0 ? "" : ": ").append(s.text()));
                if (!text.toString().isBlank()) {
                    said.add(new Said(k[0], k.length > 1 ? Integer.parseInt(k[1]) : 0,
                            FreeTtsVoiceWords.instance().words(text.toString())));
                }
            });
            return said;
        }
    };

    @TempDir
    Path dir;

    private List<Finding> spoken(VoiceWords voice, String frontMatter, String body) {
        return Checked.all(dir, frontMatter, body, Checked.settings().withVoiceWords(voice)).stream()
                .filter(f -> f.rule().equals(SpokenReadingRule.ID)).toList();
    }

    @Test
    void anEmergencyNumberSaidAsACardinalIsAnErrorAtItsLine() {
        List<Finding> f = spoken(RAW_FREETTS, "", "Rest well.\n\nIf it gets worse, call 911 now.\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(6, f.get(0).line());
        assertEquals("the voice will say 'nine hundred eleven' for 911", f.get(0).message());
        assertTrue(f.get(0).action().startsWith("it should say 'nine one one'"), f.get(0).action());
    }

    @Test
    void aDoseWithItsUnitSaidAsLettersIsAnErrorNamingThePart() {
        List<Finding> f = spoken(RAW_FREETTS, "", "Take 10 mg at night.\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("the voice will say 'm g' for mg in 10 mg", f.get(0).message());
    }

    @Test
    void otherInformationIsAWarning() {
        List<Finding> f = spoken(RAW_FREETTS, "", "Rest for 4\u20136 hours.\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("the voice will say nothing for the dash in 4\u20136", f.get(0).message());
    }

    @Test
    void aWrongTableCellIsFoundAtItsRow() {
        List<Finding> f = spoken(RAW_FREETTS, "", "| Age | Dose |\n|---|---|\n| 2 years | 5 mg |\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(6, f.get(0).line(), "the row's line (the header is on line 4)");
    }

    @Test
    void aCorrectReadingGivesNoFinding() {
        assertEquals(List.of(), spoken(RAW_FREETTS, "", "Call 555-1234 or 1-800-222-1222 for 2 or 3 days.\n"));
        assertEquals(List.of(), spoken(FreeTtsVoiceWords.instance(), "", "Call 1-800-222-1222 or 911. Take 10 mg, "
                + "or 2.5 mL, for 3-5 days. A fever is 100.4\u00B0F. Aim for 120/80.\n\n| Weight | Dose |\n|---|---|\n"
                + "| 12-17 lbs | 2.5 mL |\n"));
    }

    @Test
    void aGuideInAnotherLanguageGetsNoEnglishVoiceFindings() {
        assertEquals(List.of(), spoken(RAW_FREETTS, "language: es\n", "Tome 10 mg. Llame al 911.\n"));
    }

    @Test
    void withoutTheVoicesWordsNothingIsChecked() {
        assertEquals(List.of(), Checked.all(dir, "", "Call 911. Take 10 mg.\n", Checked.settings()).stream()
                .filter(f -> f.rule().equals(SpokenReadingRule.ID)).toList());
    }
}
