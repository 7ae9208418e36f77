package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideTextTest {
    @TempDir
    Path dir;

    @Test
    void flattensEveryTextInReadingOrderWithLines() {
        Path file = Fixtures.guide(dir, "g.md", "Intro.\n\n## Steps\n\n- one\n- two\n\n> [!TIP] Title\n> Tip text.\n\n"
                + "| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n");
        GuideText text = GuideText.of(MarkdownGuideReader.read(file));
        assertEquals(List.of("TITLE@2 Test guide", "PARAGRAPH@4 Intro.", "HEADING@6 Steps", "LIST_ITEM@8 one", "LIST_ITEM@9 two",
                "CALLOUT_TITLE@11 Title", "PARAGRAPH@11 Tip text.", "TABLE_CELL@14 A", "TABLE_CELL@14 B",
                "TABLE_CELL@16 1", "TABLE_CELL@16 2", "TABLE_CELL@17 3", "TABLE_CELL@17 4"),
                text.units().stream().map(u -> u.kind() + "@" + u.line() + " " + u.text()).toList());
        assertEquals(List.of("Introduction", "Steps"), text.parts().stream().map(GuideText.Part::heading).toList());
        // intro paragraph, list, its two item paragraphs, callout, its paragraph, table
        assertEquals(7, text.blocks().size());
    }

    @Test
    void ruleIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Rule r : Rules.all()) {
            for (String id : r.ids()) {
                assertEquals(true, seen.add(id), "duplicate rule id " + id);
            }
        }
        assertEquals(false, seen.contains(StructureFindings.ID));
    }
}
