package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.text.PDFTextStripper;
import org.guidekit.model.Guide;
import org.guidekit.render.Paper;
import org.guidekit.render.RenderOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clinic's name is in the running head of every page after the first at every size, whole, on one line above
 * the text and not over it; read back from the PDF's own text too.
 */
class RunningHeadTest {
    private static final String CLINIC = "Riverside Community Health Center";

    @ParameterizedTest
    @CsvSource({"18, LETTER", "20, LETTER", "24, LETTER", "24, A4", "32, LETTER", "40, LETTER", "48, LETTER",
        "48, A4"})
    void everyPageAfterTheFirstNamesTheClinicWholeAboveTheText(int size, Paper paper) throws IOException {
        Guide guide = RenderedGuides.guide("back-muscle-spasms");
        RenderOptions options = RenderOptions.defaults().withBodySize(size).withPaper(paper);
        Plan plan = Plans.plan(guide, options);
        assertTrue(plan.pages().size() > 1);
        for (int i = 1; i < plan.pages().size(); i++) {
            List<Mark.TextLine> head = head(plan.pages().get(i));
            String joined = String.join(" ", head.stream().map(Mark.TextLine::text).toList());
            assertTrue(joined.contains(CLINIC), size + " pt, page " + (i + 1) + ": " + joined);
            float lowestHead = head.stream().map(Mark.TextLine::baseline).max(Float::compare).orElseThrow();
            float firstText = plan.pages().get(i).marks().stream().filter(m -> m instanceof Mark.TextLine t
                    && t.runs().get(0).owner() != null).map(m -> ((Mark.TextLine) m).baseline())
                    .min(Float::compare).orElseThrow();
            assertTrue(lowestHead + size < firstText, size + " pt, page " + (i + 1) + ": the head (baseline "
                    + lowestHead + ") runs into the text (first baseline " + firstText + ")");
            // one line, which takes no line of text from the page: at body size, or for a clinic's name wider than a
            // line at the largest sizes, as large as fits but never under large print's 18 pt
            assertEquals(1, head.size(), joined);
            assertTrue(head.get(0).size() >= RunningHead.SMALLEST && head.get(0).size() <= size, "" + head.get(0));
            assertEquals(head.get(0).text().equals(CLINIC) && size >= 32 ? head.get(0).size() < size : false,
                    head.get(0).size() < size, size + " pt: only a name too wide for a line is set smaller");
        }
        try (PdfReadBack back = new PdfReadBack(RenderedGuides.render(guide, options))) {
            PDFTextStripper page2 = new PDFTextStripper();
            page2.setStartPage(2);
            page2.setEndPage(2);
            String text = page2.getText(back.document()).replaceAll("\\s+", " ");
            assertTrue(text.contains(CLINIC), size + " pt: " + text);
        }
    }

    /** The running head's lines: text that belongs to no tagged element, above the page number line. */
    private static List<Mark.TextLine> head(Plan.Page page) {
        return page.marks().stream().filter(m -> m instanceof Mark.TextLine t && t.runs().get(0).owner() == null
                && !t.runs().get(0).bold() // a box's "(continued)" label
                && t.baseline() < PdfStyle.MARGIN * 3 && !t.text().startsWith("Page ")).map(m -> (Mark.TextLine) m)
                .toList();
    }
}
