package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 23 §4: a number glued to a word is reported at its line with the text as it should be. */
class GluedNumberRuleTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Take1-2 tablets.|Take1-2|Take 1-2", "A fever of 101degrees.|101degrees|101 degrees",
            "Use it every4hours.|every4hours|every 4 hours", "Take1-2tablets at night.|Take1-2tablets|Take 1-2 tablets",
            "Take 2tablets.|2tablets|2 tablets", "Repeat 3times a day.|3times|3 times"})
    void aNumberGluedToAWordIsAWarningWithTheFix(String text, String token, String fix) {
        List<Finding> f = Checked.rule(dir, "glued-number", "Intro.\n\n" + text + "\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(6, f.get(0).line());
        assertEquals("\"" + token + "\" has a number glued to a word: readers stumble on it and the voice reads it "
                + "as one strange word", f.get(0).message());
        assertEquals("write \"" + fix + "\"", f.get(0).action());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Take 500mg twice a day.", "Give 5mL at 8am and 2pm.", "Check your HbA1c and A1c.",
            "Take vitamin B12 on the 2nd day.", "Blood pressure under 140/90mmHg.", "Blood sugar 5.5mmol/L.",
            "See www.nhs2go.example.org or mail help2@clinic.example.", "Take 1-2 tablets every 4 hours.",
            "Call 1-800-QUIT-NOW.", "Write to SW1A 1AA.", "Use 100mcg.", "COVID19 shots are free."})
    void unitSymbolsCodesAndAddressesAreNotReported(String text) {
        assertEquals(List.of(), Checked.rule(dir, "glued-number", text + "\n"));
    }

    @Test
    void headingsAndTableCellsAreCheckedToo() {
        List<Finding> f = Checked.rule(dir, "glued-number", "## Dose every6hours\n\n| Age | Dose |\n|---|---|\n"
                + "| 2-5 years | Give1 tablet |\n");
        assertEquals(2, f.size(), f.toString());
        assertEquals("write \"every 6 hours\"", f.get(0).action());
        assertEquals("write \"Give 1\"", f.get(1).action());
    }
}
