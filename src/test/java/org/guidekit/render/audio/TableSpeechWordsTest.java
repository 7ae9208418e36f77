package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.speech.SpeechScriptBuilder;
import org.guidekit.render.speech.Utterance;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dosing charts as FreeTTS really says them (its Word relation), row by row: ranges in headers whatever their
 * neighbours, empty and dash cells said, the unit said with every value, abbreviations expanded as in prose.
 */
class TableSpeechWordsTest {
    private static FreeTtsSynthesizer voice;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadVoice() {
        voice = new FreeTtsSynthesizer(new VoiceSettings(155, Optional.empty()), Map.of());
    }

    @AfterAll
    static void unloadVoice() {
        voice.close();
    }

    /** The words of each utterance of the table's section, after the section title. */
    private List<String> said(String table) {
        var guide = MarkdownGuideReader.read(Fixtures.guide(dir, "g.md", "## Chart\n\n" + table));
        List<Utterance> u = new SpeechScriptBuilder().build(guide, Map.of()).sections().get(1).utterances();
        return u.subList(1, u.size() - 1).stream().map(x -> String.join(" ", voice.spokenWords(x.text()))).toList();
    }

    @Test
    void rangesInAHeaderAreSaidAsRangesWhateverStandsNextToThem() {
        List<String> s = said("| Age | 6-11 | 12-17 | 18-23 |\n|---|---|---|---|\n| Dose | 1 | 2 | 3 |\n");
        assertEquals("table with one row columns age six to eleven twelve to seventeen eighteen to twenty three",
                s.get(0));
        s = said("| Weight | 6-11 lbs | 12-17 lbs |\n|---|---|---|\n| Tablets | 1 | 2 |\n");
        assertEquals("table with one row columns weight six to eleven pounds twelve to seventeen pounds", s.get(0));
        assertEquals("weight tablets six to eleven pounds one twelve to seventeen pounds two", s.get(1));
    }

    @Test
    void emptyAndDashCellsAreSaid() {
        List<String> s = said("| Weight | Drops | Syrup | Tablets |\n|---|---|---|---|\n| 6-11 lbs | 1.25 mL | — | - |\n"
                + "| 12-17 lbs |  | – | n/a |\n");
        assertEquals("weight six to eleven pounds drops one point two five milliliters syrup none tablets none",
                s.get(1));
        assertEquals("weight twelve to seventeen pounds drops blank syrup none tablets none", s.get(2));
    }

    @Test
    void theUnitIsSaidWithEveryValue() {
        // The unit printed once at the end of the row, and once in the column header.
        List<String> s = said("| | 6-11 lbs | 12-17 lbs | 18-23 lbs |\n|---|---|---|---|\n| Syrup | 2.5 | 5 | 7.5 mL |\n");
        assertEquals("syrup six to eleven pounds two point five milliliters twelve to seventeen pounds five milliliters"
                + " eighteen to twenty three pounds seven point five milliliters", s.get(1));
        s = said("| Weight (lbs) | Dose (mL) | Chewables (tablets) |\n|---|---|---|\n| 24-35 | 5 | 2 |\n");
        assertEquals("table with one row columns weight in pounds dose in milliliters chewables tablets", s.get(0));
        assertEquals("weight twenty four to thirty five pounds dose five milliliters chewables tablets two", s.get(1));
    }

    @Test
    void abbreviationsInsideTablesAreExpandedAsInProse() {
        List<String> s = said("| Age | Dose |\n|---|---|\n| 2-3 yrs | 1 tsp |\n| 4-5 yrs | 1½ tsp |\n"
                + "| Adults | 160 mg/5 mL |\n");
        assertEquals("age two to three years dose one teaspoon", s.get(1));
        assertEquals("age four to five years dose one and a half teaspoons", s.get(2));
        assertEquals("age adults dose one hundred sixty milligrams per five milliliters", s.get(3));
    }
}
