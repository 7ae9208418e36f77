package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.guidekit.importer.ClinicLeaflets;
import org.guidekit.importer.ImportedGuide;
import org.guidekit.importer.WordImporter;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.Paper;
import org.guidekit.render.RenderOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Word leaflets as clinics write them (see {@link ClinicLeaflets}: empty paragraphs for spacing, manual page
 * breaks, pictures, text boxes, tables), imported with the real importer and laid out at every size from 18 to
 * 48 pt on Letter and A4: no page but the last is less than half full, no number is parted from its unit, and no
 * row-card of a stacked table is split over pages (but as CorpusPrintLayoutTest allows); and written as a PDF, as
 * planned and PDF/UA-1.
 */
class ImportedLeafletLayoutTest {
    private static final int[] SIZES = {18, 20, 24, 32, 40, 48};
    private static final Map<String, Guide> GUIDES = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyLeafletAtEverySize() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : ClinicLeaflets.names()) {
            for (Paper paper : new Paper[] {Paper.LETTER, Paper.A4}) {
                for (int size : SIZES) {
                    tests.add(DynamicTest.dynamicTest(name + " at " + size + " pt on " + paper,
                            () -> check(name, imported(name), size, paper)));
                }
            }
        }
        return tests.stream();
    }

    /** The planned pages are the PDF's pages, and the file with the imported pictures is PDF/UA-1. */
    @TestFactory
    Stream<DynamicTest> everyLeafletRendersAsPlanned() {
        return ClinicLeaflets.names().stream().map(name -> DynamicTest.dynamicTest(name + " at 20 pt", () -> {
            RenderOptions options = RenderOptions.defaults().withBodySize(20);
            Guide guide = imported(name);
            byte[] pdf = RenderedGuides.render(guide, options);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(Plans.plan(guide, options).pages().size(), doc.getNumberOfPages(), name);
            }
            assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), name);
        }));
    }

    private static void check(String name, Guide guide, int size, Paper paper) {
        Plan plan = Plans.plan(guide, RenderOptions.defaults().withBodySize(size).withPaper(paper));
        String where = name + " at " + size + " pt on " + paper;
        List<Double> fill = PageFill.of(plan);
        for (int i = 0; i < fill.size() - 1; i++) {
            assertFalse(fill.get(i) < 0.5, where + ": page " + (i + 1) + " is " + Math.round(fill.get(i) * 100)
                    + " % full; all pages: " + fill);
        }
        assertEquals(List.of(), CorpusPrintLayoutTest.splitPieces(guide, plan), where + ": pieces of information "
                + "split over lines");
        CorpusPrintLayoutTest.checkCards(guide, plan, RenderOptions.defaults().withBodySize(size).withPaper(paper),
                where);
    }

    /** The leaflet written as .docx, imported, written as a guide folder and read back, once per JVM. */
    static Guide imported(String name) {
        return GUIDES.computeIfAbsent(name, n -> {
            try {
                Path dir = Files.createTempDirectory("guidekit-leaflet");
                Path docx = ClinicLeaflets.write(n, dir.resolve(n + ".docx"));
                ImportedGuide guide = WordImporter.read(docx, n);
                return MarkdownGuideReader.read(guide.write(dir.resolve("content")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
