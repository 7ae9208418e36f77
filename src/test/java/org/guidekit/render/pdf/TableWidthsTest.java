package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.Paper;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table columns: a drug name is never cut; a table whose words cannot stand side by side is refused. */
class TableWidthsTest {
    @TempDir
    Path dir;

    @Test
    void drugNamesInAFourColumnMedicineTableAreWhole() throws IOException {
        Guide guide = MarkdownGuideReader.read(Fixtures.guide(dir, "meds.md", """
                | Medicine | What it does | How much | When |
                |---|---|---|---|
                | albuterol | Opens the airways | 2 puffs | When you are short of breath |
                | fluticasone | Calms swelling | 1 puff | Morning and night |
                | montelukast | Prevents attacks | 1 tablet | At bedtime |
                """));
        try (PDDocument pdf = Loader.loadPDF(RenderedGuides.render(guide, RenderOptions.defaults()))) {
            String text = new PDFTextStripper().getText(pdf);
            for (String word : new String[] {"Medicine", "albuterol", "fluticasone", "montelukast"}) {
                assertTrue(text.contains(word), word + " is cut:\n" + text);
            }
        }
        RenderException e = assertThrows(RenderException.class, () -> RenderedGuides.render(guide,
                RenderOptions.defaults().withBodySize(24).withPaper(Paper.A4)));
        assertTrue(e.getMessage().matches(".*meds\\.md:4: the table's columns do not fit side by side at 24 pt.*"
                + "use fewer columns or shorter words, or a smaller --size"), e.getMessage());
    }
}
