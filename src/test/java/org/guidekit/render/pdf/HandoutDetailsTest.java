package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Boxes over page breaks, the running line, links written as text, and pictures sized for print. */
class HandoutDetailsTest {
    @TempDir
    Path dir;

    private Guide guide(String name, String markdown) {
        return MarkdownGuideReader.read(Fixtures.write(dir, name + ".md", markdown));
    }

    @Test
    void aBoxContinuingOnANewPageRepeatsItsLabelAndNoPageHoldsAnEmptyFrame() {
        StringBuilder md = new StringBuilder("---\ntitle: Test guide\n---\nIntro.\n\n> [!WARNING] Stop and call\n");
        for (int i = 0; i < 30; i++) {
            md.append("> - Item ").append(i).append(" says something rather long about the medicine you take.\n");
        }
        Plan plan = Plans.plan(guide("box", md.toString()));
        int continued = 0;
        for (int i = 0; i < plan.pages().size(); i++) {
            List<Mark> marks = plan.pages().get(i).marks();
            boolean hasBox = marks.stream().anyMatch(m -> m instanceof Mark.Box);
            boolean hasItem = Plans.taggedLines(plan.pages().get(i)).stream()
                    .anyMatch(l -> l.text().startsWith("Item"));
            assertEquals(hasBox, hasItem, "page " + (i + 1) + ": a frame without text, or text without its frame");
            if (i > 0 && hasItem) {
                Mark.TextLine label = marks.stream().filter(m -> m instanceof Mark.TextLine t
                        && t.text().startsWith("Warning")).map(m -> (Mark.TextLine) m).findFirst().orElseThrow();
                assertEquals("Warning (continued)", label.text());
                assertTrue(label.runs().get(0).bold() && label.runs().get(0).owner() == null,
                        "the repeated label is bold and an artifact (read once, at the start of the box)");
                continued++;
            }
        }
        assertTrue(continued >= 1, "the box should cross a page");
    }

    @Test
    void pagesAfterTheFirstCarryTheTitleAndClinicAsAnArtifact() {
        Plan plan = Plans.plan(RenderedGuides.guide("back-muscle-spasms"));
        String running = "Relieving Back Muscle Spasms \u2013 Riverside Community Health Center";
        for (int i = 0; i < plan.pages().size(); i++) {
            boolean has = plan.pages().get(i).marks().stream().anyMatch(m -> m instanceof Mark.TextLine t
                    && t.runs().get(0).owner() == null && t.text().contains("Riverside Community Health Center"));
            assertEquals(i > 0, has, "page " + (i + 1));
        }
        Mark.TextLine line = plan.pages().get(1).marks().stream().filter(m -> m instanceof Mark.TextLine t
                && t.text().contains("Riverside Community Health Center")).map(m -> (Mark.TextLine) m).findFirst().orElseThrow();
        assertTrue(line.text().equals(running) || line.text().startsWith("Riverside Community Health Center \u2013 Relieving"), line.text());
        assertTrue(line.baseline() < PdfStyle.MARGIN, "in the top margin, above the text");
    }

    @Test
    void phoneLinksPrintTheNumberOnceAndBareAddressesBecomeLinks() throws IOException {
        Guide g = guide("links", "---\ntitle: Test guide\n---\nCall [555-201-3344](tel:+15552013344) or read "
                + "www.example.org/heart today.\n");
        try (PdfReadBack back = new PdfReadBack(RenderedGuides.render(g, RenderOptions.defaults()))) {
            String text = new PDFTextStripper().getText(back.document()).replaceAll("\\s+", " ");
            assertTrue(text.contains("Call 555-201-3344 or read www.example.org/heart today."), text);
            assertFalse(text.contains("+15552013344"), text);
            List<String> uris = new ArrayList<>();
            for (PDAnnotation a : back.document().getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertEquals(List.of("tel:+15552013344", "https://www.example.org/heart"), uris);
            assertTrue(back.structureDump().contains("Link \"www.example.org/heart \""), back.structureDump());
        }
    }

    @Test
    void aPhonePhotoIsDownsampledTo300PixelsPerInchAtItsPrintedSize() throws IOException {
        Path photo = dir.resolve("images/photo.jpg");
        Files.createDirectories(photo.getParent());
        BufferedImage big = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = big.createGraphics();
        Random random = new Random(7);
        for (int y = 0; y < big.getHeight(); y += 25) {
            for (int x = 0; x < big.getWidth(); x += 25) {
                g2.setColor(new java.awt.Color(random.nextInt(0xFFFFFF)));
                g2.fillOval(x, y, 25, 25);
            }
        }
        g2.dispose();
        ImageIO.write(big, "jpg", photo.toFile());
        Guide g = guide("photo", "---\ntitle: Test guide\n---\nText.\n\n![A knee stretch](images/photo.jpg)\n");
        byte[] pdf = RenderedGuides.render(g, RenderOptions.defaults());
        try (PdfReadBack back = new PdfReadBack(pdf)) {
            PDPage page = back.document().getPage(0);
            PDImageXObject image = null;
            for (COSName name : page.getResources().getXObjectNames()) {
                image = (PDImageXObject) page.getResources().getXObject(name);
            }
            float printedInches = (page.getMediaBox().getWidth() - 2 * PdfStyle.MARGIN) / 72f;
            assertTrue(image.getWidth() <= Math.ceil(printedInches * 300), image.getWidth() + " px for "
                    + printedInches + " in");
            assertTrue(image.getWidth() >= printedInches * 300 - 1, "not smaller than 300 ppi needs");
        }
        assertTrue(pdf.length < Files.size(photo), pdf.length + " bytes for a " + Files.size(photo)
                + "-byte photo");
    }

    @Test
    void pictureCaptionsPrintTheDescriptionUnderThePictureInsideTheFigure() throws IOException {
        Fixtures.png(dir, "images/chart.png");
        String body = "Text.\n\n![A bar chart of daily readings](images/chart.png)\n";
        Guide with = guide("captions", "---\ntitle: Test guide\npicture-captions: yes\n---\n" + body);
        Guide without = guide("plain", "---\ntitle: Test guide\n---\n" + body);
        try (PdfReadBack back = new PdfReadBack(RenderedGuides.render(with, RenderOptions.defaults()))) {
            assertTrue(new PDFTextStripper().getText(back.document()).contains("A bar chart of daily readings"));
            assertTrue(back.structureDump().contains("""
                      Figure Alt="A bar chart of daily readings" ""
                        Caption "A bar chart of daily readings"
                    """), back.structureDump());
            List<String> failed = VeraPdf.failures(RenderedGuides.render(with, RenderOptions.defaults()),
                    org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1);
            assertEquals(List.of(), failed);
        }
        try (PdfReadBack back = new PdfReadBack(RenderedGuides.render(without, RenderOptions.defaults()))) {
            assertFalse(new PDFTextStripper().getText(back.document()).contains("bar chart"));
        }
    }

    /** The labels reach the document /ID through the style's text: their order must not change between processes. */
    @Test
    void handoutLabelsKeepOneOrderInEveryProcess() {
        assertEquals(List.of(org.guidekit.model.CalloutKind.values()),
                new ArrayList<>(HandoutLabels.forLanguage("es").callouts().keySet()));
    }
}
