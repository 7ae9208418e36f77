package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessibilityRulesTest {
    @TempDir
    Path dir;

    @Test
    void altTextThatIsAFileNameOrSaysNothingIsAnError() {
        Fixtures.png(dir, "images/IMG_1234.png");
        List<Finding> f = Checked.rule(dir, "alt-text", "Text.\n\n![IMG_1234.png](images/IMG_1234.png)\n\n"
                + "![image](images/IMG_1234.png)\n\n![DSC 0042](images/IMG_1234.png)\n\n"
                + "![A person lying on their back](images/IMG_1234.png)\n");
        assertEquals(List.of(6, 8, 10), f.stream().map(Finding::line).toList(), f.toString());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.ERROR));
    }

    @Test
    void linkTextThatSaysNothingIsAWarning() {
        List<Finding> f = Checked.rule(dir, "link-text", "Read [click here](https://medlineplus.gov/a.html).\n\n"
                + "See [https://medlineplus.gov](https://medlineplus.gov).\n\n"
                + "See [MedlinePlus: back pain](https://medlineplus.gov/backpain.html).\n");
        assertEquals(List.of(4, 6), f.stream().map(Finding::line).toList(), f.toString());
        assertTrue(f.get(0).message().contains("\"click here\""));
        assertTrue(f.get(1).message().contains("bare address"));
    }

    @Test
    void runsOfCapitalWordsAreWarningsButAcronymsAreFine() {
        List<Finding> f = Checked.rule(dir, "all-caps", "DO NOT drive. Ask about an MRI or HIV test.\n");
        assertEquals(List.of("\"DO NOT\" is written in capitals"), f.stream().map(Finding::message).toList());
    }

    @Test
    void wholeParagraphInBoldIsAWarningButALabelIsNot() {
        assertEquals(1, Checked.rule(dir, "emphasis-paragraph", "**Do not take more than the label says.**\n")
                .size());
        assertEquals(0, Checked.rule(dir, "emphasis-paragraph", "**Strain:** lifting the wrong way.\n\n"
                + "**Note:**\n").size());
    }

    @Test
    void tableWithoutHeaderRowIsAWarning() {
        List<Finding> f = Checked.rule(dir, "table-header", "Text.\n\n| | |\n|---|---|\n| 8 am | 1 pill |\n\n"
                + "| Time | |\n|---|---|\n| 8 am | 1 pill |\n\n| Time | Dose |\n|---|---|\n| 8 am | 1 pill |\n");
        assertEquals(List.of("the table has no header row", "column 2 of the table has no header"),
                f.stream().map(Finding::message).toList());
        assertEquals(6, f.get(0).line());
    }

    @Test
    void tableWithMoreThanFourColumnsIsAWarning() {
        String four = "| a | b | c | d |\n|---|---|---|---|\n| 1 | 2 | 3 | 4 |\n";
        assertEquals(0, Checked.rule(dir, "table-width", "Text.\n\n" + four).size());
        List<Finding> f = Checked.rule(dir, "table-width", "Text.\n\n| a | b | c | d | e |\n|---|---|---|---|---|\n"
                + "| 1 | 2 | 3 | 4 | 5 |\n");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("has 5 columns"), f.toString());
    }

    @Test
    void missingReviewDateIsAWarning() {
        assertEquals(1, Checked.rule(dir, "review-date", "Text.\n").size());
        assertEquals(0, Checked.rule(dir, "review-date", "reviewed: 2026-10-01\n", "Text.\n").size());
    }

    @Test
    void listOfMoreThanNineItemsIsAWarning() {
        String nine = "- a\n".repeat(9);
        assertEquals(0, Checked.rule(dir, "long-list", "Text.\n\n" + nine).size());
        List<Finding> f = Checked.rule(dir, "long-list", "Text.\n\n" + nine + "- b\n");
        assertEquals(1, f.size());
        assertEquals("list of 10 items", f.get(0).message());
    }
}
