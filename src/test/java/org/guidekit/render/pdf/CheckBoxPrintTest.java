package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A check box (☐, U+2610), which the bundled font lacks, is drawn as a square of the text's size inside a
 * {@code Span} whose ActualText is "☐", so the printed form keeps its boxes and the tagged text still holds the
 * character; the file stays PDF/UA-1 and PDF/A-2a.
 */
class CheckBoxPrintTest {
    @Test
    void checkBoxesAreDrawnAndKeptInTheTaggedText(@TempDir Path dir) throws IOException {
        Guide guide = MarkdownGuideReader.read(Fixtures.guide(dir, "boxes.md", """
                ## Oral steroid

                Call the doctor ☐ before ☐ within 2 hours after taking the oral steroid.

                - ☐ **Asthma attack:** use the blue inhaler.
                """));
        byte[] pdf = RenderedGuides.render(guide, RenderOptions.defaults());

        List<String> actualTexts = new ArrayList<>();
        int rectangles = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                boolean inSpan = false;
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op) {
                        COSDictionary d = !op.getName().equals("BDC") ? null
                                : tokens.get(i - 1) instanceof COSDictionary inline ? inline
                                : tokens.get(i - 1) instanceof COSName named
                                        ? page.getResources().getProperties(named).getCOSObject() : null;
                        if (d != null && d.containsKey(COSName.ACTUAL_TEXT)) {
                            actualTexts.add(d.getString(COSName.ACTUAL_TEXT));
                            inSpan = true;
                        } else if (op.getName().equals("EMC")) {
                            inSpan = false;
                        } else if (inSpan && op.getName().equals("re")) {
                            rectangles++;
                        }
                    }
                }
            }
        }
        assertEquals(List.of("\u2610", "\u2610", "\u2610"), actualTexts);
        assertEquals(3, rectangles, "one drawn square for each box");
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A));
    }
}
