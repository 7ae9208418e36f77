package org.guidekit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.guidekit.model.Guide;
import org.guidekit.model.ModelPrinter;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Inlines;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Write-in blanks of real leaflets stay blanks; underscores that mean emphasis still do. */
class WriteInBlanksTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Date of surgery: ____/____/______",
        "Hospital phone number: ____________",
        "Take ______ mg ____ times a day",
        "Weight today: ____ lbs  ____ kg",
        "____ Yes  ____ No",
    })
    void aBlankIsPrintedAsItIsWritten(String line) {
        Guide guide = MarkdownGuideReader.read(Fixtures.guide(dir, "blanks.md", line + "\n"));
        Paragraph p = (Paragraph) guide.intro().get(0);
        assertEquals(line, Inlines.plainText(p.content()));
        assertTrue(!ModelPrinter.print(guide).contains("Strong") && !ModelPrinter.print(guide).contains("Emphasis"),
                ModelPrinter.print(guide));
    }

    @Test
    void underscoresThatMeanEmphasisStillDo() {
        Guide guide = MarkdownGuideReader.read(Fixtures.guide(dir, "emphasis.md",
                "Take it ___right away___ and __never__ skip _a_ dose of snake_case_name.\n"));
        String printed = ModelPrinter.print(guide);
        assertTrue(printed.contains("right away") && printed.contains("snake_case_name"), printed);
        assertEquals("Take it right away and never skip a dose of snake_case_name.",
                Inlines.plainText(((Paragraph) guide.intro().get(0)).content()));
    }
}
