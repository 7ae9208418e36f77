package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

/**
 * Table columns: a drug name or a dose is never cut; a table whose words cannot stand side by side is stacked as
 * labelled records instead of being refused; a first column naming the rows holds row headers.
 */
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
    }

    @Test
    void aTableTooWideForItsSizeIsStackedAsLabelledRecordsTaggedAsRowHeaders() throws IOException {
        Guide guide = MarkdownGuideReader.read(Fixtures.guide(dir, "meds.md", """
                | Medicine | Dose | When | What it does |
                |---|---|---|---|
                | sacubitril/valsartan | 24/26 mg | 8:00 a.m. and 8:00 p.m. | Helps your heart pump |
                | furosemide | 40 mg | 8:00 a.m. | Removes extra water |
                """));
        byte[] pdf = RenderedGuides.render(guide, RenderOptions.defaults().withBodySize(24).withPaper(Paper.A4));
        try (PdfReadBack back = new PdfReadBack(pdf)) {
            String text = new PDFTextStripper().getText(back.document());
            for (String line : List.of("Medicine: sacubitril/valsartan", "Dose: 24/26 mg", "Medicine: furosemide",
                    "Dose: 40 mg", "When: 8:00 a.m.")) {
                assertTrue(text.lines().anyMatch(l -> l.strip().equals(line)), line + " is not a line of:\n" + text);
            }
            String tree = back.structureDump();
            assertTrue(tree.contains("""
                      Table
                        TR
                          TH Scope=Row "Medicine: "
                          TD "sacubitril/valsartan"
                        TR
                          TH Scope=Row "Dose: "
                          TD "24/26 mg"
                    """), tree);
        }
    }

    @Test
    void aFirstColumnThatNamesEachRowHoldsRowHeaders() throws IOException {
        Guide guide = MarkdownGuideReader.read(Fixtures.guide(dir, "meds2.md", """
                | Medicine | Dose |
                |---|---|
                | furosemide | 40 mg |
                | aspirin | 81 mg |
                """));
        try (PdfReadBack back = new PdfReadBack(RenderedGuides.render(guide, RenderOptions.defaults()))) {
            String tree = back.structureDump();
            assertTrue(tree.contains("TH Scope=Row \"furosemide\"") && tree.contains("TD \"40 mg\"")
                    && tree.contains("TH Scope=Column \"Medicine\""), tree);
        }
    }
}
