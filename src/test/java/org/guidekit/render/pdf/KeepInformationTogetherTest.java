package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.text.PDFTextStripper;
import org.guidekit.model.Guide;
import org.guidekit.render.Paper;
import org.guidekit.render.RenderOptions;
import org.guidekit.text.InformationSpans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The handout read back line by line (PDFBox text extraction, not the layout's own plan): no number and its unit,
 * time, phone number, date or "call 911" is split over two lines, on every sample and test guide, at 18 and 24 pt.
 * And the 12-row, 4-column medicine table renders at 18, 20 and 24 pt on Letter and A4, veraPDF clean.
 */
class KeepInformationTogetherTest {
    private static final List<String> GUIDES = List.of("back-muscle-spasms", "checking-blood-pressure-at-home",
            "fixture:everything", "test:heart-failure-medicines");

    static Stream<Arguments> guidesAndSizes() {
        List<Arguments> all = new ArrayList<>();
        for (String g : GUIDES) {
            for (int size : new int[] {18, 24}) {
                all.add(Arguments.of(g, size));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("guidesAndSizes")
    void noPieceOfInformationIsSplitAcrossLines(String name, int size) throws IOException {
        Guide guide = RenderedGuides.guide(name);
        byte[] pdf = RenderedGuides.render(guide, RenderOptions.defaults().withBodySize(size));
        String text;
        try (PdfReadBack back = new PdfReadBack(pdf)) {
            text = new PDFTextStripper().getText(back.document());
        }
        List<String> pieces = pieces(guide);
        assertFalse(pieces.isEmpty());
        for (String piece : pieces) {
            // On one line: the piece's spaces may be any spaces, never a line break.
            Pattern onOneLine = Pattern.compile(Pattern.quote(piece).replace(" ", "\\E[ \\t]+\\Q"));
            assertTrue(onOneLine.matcher(text).find(), "\"" + piece + "\" is split across lines at " + size
                    + " pt in " + name + ":\n" + text);
        }
    }

    /** Every piece of information in the guide's paragraphs, list items and table cells that contains a space. */
    private static List<String> pieces(Guide guide) {
        List<String> out = new ArrayList<>();
        String model = org.guidekit.model.ModelPrinter.print(guide);
        for (String line : model.split("\n")) {
            for (InformationSpans.Span s : InformationSpans.find(line)) {
                String piece = line.substring(s.start(), s.end());
                if (piece.contains(" ") && s.kind() != InformationSpans.Kind.WEB_ADDRESS) {
                    out.add(piece);
                }
            }
        }
        return out;
    }

    static Stream<Arguments> sizesAndPapers() {
        List<Arguments> all = new ArrayList<>();
        for (int size : new int[] {18, 20, 24}) {
            for (Paper paper : Paper.values()) {
                all.add(Arguments.of(size, paper));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("sizesAndPapers")
    void theMedicineTableRendersAtEverySizeVeraPdfClean(int size, Paper paper) throws IOException {
        Guide guide = RenderedGuides.guide("test:heart-failure-medicines");
        byte[] pdf = RenderedGuides.render(guide, RenderOptions.defaults().withBodySize(size).withPaper(paper));
        List<String> failed = VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);
        assertEquals(List.of(), failed, size + " pt " + paper + ":\n" + String.join("\n", failed));
        try (PdfReadBack back = new PdfReadBack(pdf)) {
            String read = String.join("", back.readingOrder());
            for (String drug : List.of("furosemide", "sacubitril/valsartan", "24/26 mg", "acetaminophen")) {
                assertTrue(read.contains(drug), drug + " missing from the structure tree at " + size + " pt");
            }
        }
    }

    /** Also used by {@link PageFillTest}: the guides every layout test looks at. */
    static List<String> guides() {
        return GUIDES;
    }
}
