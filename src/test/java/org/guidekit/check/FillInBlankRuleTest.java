package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FillInBlankRuleTest {
    @TempDir
    Path dir;

    @Test
    void aLogTableIsOneFindingWithItsCountAndFirstLine() {
        // Lines: the front matter takes 1-3, the paragraph 4, the header 6, the rows 8-10.
        String log = "Write your readings here.\n\n"
                + "| Day | Before breakfast | Before supper | Bedtime |\n"
                + "|-----|------------------|---------------|---------|\n"
                + "| Mon | ____ | ____ | ____ |\n"
                + "| Tue | ____ | ____ | ____ |\n"
                + "| Wed | 110 | ____ | ____ |\n";
        List<Finding> f = Checked.rule(dir, "fill-in-blank", log);
        assertEquals(1, f.size(), f.toString());
        assertEquals(8, f.get(0).line(), f.toString());
        assertTrue(f.get(0).message().contains("8 blanks"), f.toString());
        assertTrue(f.get(0).message().contains("table"), f.toString());
        assertTrue(f.get(0).message().contains("the voice says nothing"), f.toString());
    }

    @Test
    void aRunOfParagraphsAndAListAreOneFindingEachAndASingleBlankKeepsItsOwnWords() {
        String body = "Doctor: ________\n\nPhone: ________ Fax: ________\n\n## Your medicines\n\n"
                + "- Medicine: ________\n- Dose: ________\n\n"
                + "## Next visit\n\nYour next visit: ________\n";
        List<Finding> f = Checked.rule(dir, "fill-in-blank", body);
        assertEquals(List.of(4, 10, 15), f.stream().map(Finding::line).toList(), f.toString());
        assertTrue(f.get(0).message().contains("3 blanks"), f.toString());
        assertTrue(f.get(1).message().contains("2 blanks") && f.get(1).message().contains("list"), f.toString());
        assertTrue(f.get(2).message().startsWith("a blank to fill in"), f.toString());
        assertTrue(f.get(2).action().contains("write what goes there"), f.toString());
    }

    @Test
    void twoTablesAreTwoFindings() {
        String table = "| A | B |\n|---|---|\n| ____ | ____ |\n";
        assertEquals(2, Checked.rule(dir, "fill-in-blank", table + "\nThen:\n\n" + table).size());
        assertEquals(2, Checked.rule(dir, "fill-in-blank", table + "\n" + table).size());
    }

    @Test
    void aDateToWriteIsOneBlankAndTheMessageNamesWhereTheBlanksAre() {
        List<Finding> f = Checked.rule(dir, "fill-in-blank", "## Week of ____/____/______\n\n"
                + "Date of birth: ____/____/______ Weight: ______ lbs\n");
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.get(0).message().startsWith("a blank to fill in"), f.toString());
        assertTrue(f.get(1).message().startsWith("2 blanks to fill in (____) in this paragraph are"), f.toString());
    }
}
