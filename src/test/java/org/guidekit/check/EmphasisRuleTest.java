package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmphasisRuleTest {
    @TempDir
    Path dir;

    private List<Integer> lines(String body) {
        return Checked.rule(dir, "emphasis-paragraph", body).stream().map(Finding::line).toList();
    }

    @Test
    void aStepWithNothingAfterItsBoldLeadInIsPartOfAListOfLeadIns() {
        assertEquals(List.of(), lines("1. **Lay the person on their back.** Tilt the head back.\n"
                + "2. **Put the tip in one nostril** until your fingers touch the nose.\n"
                + "3. **Call 911 right away.**\n"
                + "4. **Watch the person closely.** Give a second dose if they do not wake up.\n"));
        assertEquals(List.of(), lines("- **Stay with the person until help arrives.**\n"
                + "- **Keep them warm.** Cover them with a coat or a blanket.\n"));
    }

    @Test
    void aBoldLeadInOpeningAParagraphIsNotABoldParagraph() {
        assertEquals(List.of(), lines("**If you miss a dose,** take it as soon as you remember, unless it is "
                + "almost time for the next one.\n"));
    }

    @Test
    void wholeBoldParagraphsAndListsWithoutLeadInsAreStillFlagged() {
        assertEquals(List.of(4, 6, 10), lines("**Do not take more than the label says.**\n\n"
                + "**Keep this medicine away from children.**\n\n"
                + "## Steps\n\n- **Do not drive after taking it.**\n- Drink plenty of water each day.\n"));
        assertEquals(List.of(4), lines("**Do not take more than the label says.**\n\n"
                + "**If you miss a dose,** take it when you remember.\n"));
    }
}
