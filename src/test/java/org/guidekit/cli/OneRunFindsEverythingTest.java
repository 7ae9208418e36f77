package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.guidekit.error.ContentException;
import org.guidekit.error.ExitCode;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.ReadResult;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 part 4: one structure error no longer hides the content findings; text pasted from Word. */
class OneRunFindsEverythingTest {
    @TempDir
    Path dir;

    @Test
    void readerProblemsAndRuleFindingsComeInOneRun() {
        Path file = Fixtures.guide(dir, "g.md", "Text.\n\n#### Too deep\n\nOrder at cheap-meds-online.com now.\n");
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitCode.INVALID_CONTENT, run.code(), run.toString());
        assertTrue(run.out().contains(file + ":6: error [structure] heading \"Too deep\" uses ####"), run.toString());
        assertTrue(run.out().contains(file + ":8: error [online-pharmacy]"), run.toString());
        assertTrue(run.out().contains(file + ":8: error [link-host]"), run.toString());
    }

    @Test
    void readStillThrowsAndReadAllGivesThePartialGuide() throws Exception {
        Path file = Fixtures.guide(dir, "g.md", "Text.\n\n#### Too deep\n\nMore.\n");
        org.junit.jupiter.api.Assertions.assertThrows(ContentException.class, () -> MarkdownGuideReader.read(file));
        ReadResult all = MarkdownGuideReader.readAll(file, java.nio.file.Files.readAllBytes(file));
        assertEquals(1, all.problems().size(), all.toString());
        assertEquals(2, all.guide().orElseThrow().intro().size());
    }

    @Test
    void listLinesPastedFromWordAreReportedAtTheirOwnLine() {
        Path file = Fixtures.guide(dir, "g.md", "Your diet should include:\n    - Leafy greens\n    - Cranberry juice\n\n"
                + "Also:\n\u2022 Water\n");
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitCode.INVALID_CONTENT, run.code(), run.toString());
        for (int line : new int[] {5, 6, 9}) {
            assertTrue(run.out().contains(file + ":" + line + ": error [structure] this line looks like a list item"),
                    line + " in " + run);
        }
    }

    @Test
    void fillInBlanksAreAWarning() {
        Path file = Fixtures.guide(dir, "g.md", "Your next visit: ____\n");
        CliRun run = CliRun.of("check", file.toString());
        assertTrue(run.out().contains(file + ":4: warning [fill-in-blank]"), run.toString());
    }
}
