package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * veraPDF: zero failed PDF/UA-1 and PDF/A-2a rules for the sample guides and the fixture that has every kind of
 * block (tables over two pages, figures, nested lists, callouts, links). Few files, as each takes a second or two.
 */
class PdfConformanceTest {
    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "checking-blood-pressure-at-home", "fixture:everything"})
    void noFailedRules(String name) {
        byte[] pdf = RenderedGuides.pdf(name);
        List<String> failed = VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);
        assertEquals(List.of(), failed, name + " fails these veraPDF rules:\n" + String.join("\n", failed));
    }

    /** Guards against a validator that passes everything: an untagged page must fail. */
    @Test
    void validatorRejectsAnUntaggedPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            page.setResources(new PDResources()); // keeps veraPDF from logging a warning about the blank page
            doc.addPage(page);
            doc.save(out);
        }
        List<String> failed = VeraPdf.failures(out.toByteArray(), PDFAFlavour.PDFUA_1);
        assertTrue(failed.stream().anyMatch(f -> f.contains("7.1-")), String.join("\n", failed));
    }
}
