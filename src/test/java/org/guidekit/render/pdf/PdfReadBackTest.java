package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.guidekit.model.Guide;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the rendered PDFs back with PDFBox and checks what veraPDF cannot: large print and reading order. */
class PdfReadBackTest {
    private static final float MARGIN = 72f;
    private static final float EPSILON = 0.5f;

    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "checking-blood-pressure-at-home", "fixture:everything"})
    void everyGlyphIsLargeUprightAndInsideTheMargins(String name) throws IOException {
        assertLargePrint(RenderedGuides.pdf(name), RenderOptions.DEFAULT_BODY_SIZE);
    }

    @Test
    void aLargerBodySizeScalesEverything() throws IOException {
        Guide guide = RenderedGuides.guide("back-muscle-spasms");
        byte[] pdf = RenderedGuides.render(guide, RenderOptions.defaults().withBodySize(24));
        assertLargePrint(pdf, 24);
        try (PdfReadBack big = new PdfReadBack(pdf);
             PdfReadBack normal = new PdfReadBack(RenderedGuides.pdf("back-muscle-spasms"))) {
            assertTrue(big.document().getNumberOfPages() > normal.document().getNumberOfPages());
        }
    }

    private static void assertLargePrint(byte[] pdf, float bodySize) throws IOException {
        try (PdfReadBack pdfBack = new PdfReadBack(pdf)) {
            List<PdfReadBack.Glyph> glyphs = pdfBack.glyphs();
            assertFalse(glyphs.isEmpty());
            for (PdfReadBack.Glyph g : glyphs) {
                TextPosition t = g.position();
                if (t.getUnicode().isBlank()) {
                    continue; // the invisible space that ends a line may reach past the margin
                }
                String where = "\"" + t.getUnicode() + "\" on page " + (g.page() + 1);
                assertTrue(t.getFontSizeInPt() >= bodySize - 0.01, where + " is " + t.getFontSizeInPt() + " pt");
                assertUpright(t.getFont(), where);
                PDPage page = pdfBack.document().getPage(g.page());
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                assertTrue(t.getXDirAdj() >= MARGIN - EPSILON && t.getXDirAdj() + t.getWidthDirAdj()
                        <= w - MARGIN + EPSILON, where + " is outside the side margins at x=" + t.getXDirAdj());
                // The running line (title and clinic) of pages after the first sits wholly in the top margin.
                boolean runningHead = g.page() > 0 && t.getYDirAdj() < MARGIN - bodySize / 2;
                assertTrue(runningHead || t.getYDirAdj() - t.getHeightDir() >= MARGIN - EPSILON
                        && t.getYDirAdj() <= h - MARGIN + EPSILON, where + " is outside the margins at y="
                        + t.getYDirAdj());
            }
        }
    }

    private static void assertUpright(PDFont font, String where) {
        String name = font.getName().toLowerCase(Locale.ROOT);
        assertFalse(name.contains("italic") || name.contains("oblique"), where + " uses " + font.getName());
        assertEquals(0f, font.getFontDescriptor().getItalicAngle(), where + " uses a slanted font");
        assertFalse(font.getFontDescriptor().isItalic(), where + " uses an italic font");
    }

    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "checking-blood-pressure-at-home", "fixture:everything"})
    void theStructureTreeReadsEveryWordInOrder(String name) throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(RenderedGuides.pdf(name))) {
            String read = String.join("", pdf.readingOrder()).replaceAll("\\s+", "");
            int at = 0;
            for (String word : ExpectedWords.of(RenderedGuides.guide(name))) {
                int found = read.indexOf(word, at);
                if (found < 0) {
                    fail("\"" + word + "\" is missing or out of order after: …"
                            + read.substring(Math.max(0, at - 80), at));
                }
                at = found + word.length();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "fixture:everything"})
    void structureTreeMatchesGolden(String name) throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(RenderedGuides.pdf(name))) {
            Golden.assertMatches("pdf", name.replace("fixture:", "fixture-") + ".structure.txt",
                    pdf.structureDump());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "fixture:everything"})
    void everyListItemHasALabelAndABody(String name) throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(RenderedGuides.pdf(name))) {
            List<PDStructureElement> items = new ArrayList<>();
            collect(pdf.documentElement(), "LI", items);
            assertFalse(items.isEmpty());
            for (PDStructureElement li : items) {
                List<String> kids = li.getKids().stream().filter(k -> k instanceof PDStructureElement)
                        .map(k -> ((PDStructureElement) k).getStructureType()).toList();
                assertEquals(List.of("Lbl", "LBody"), kids);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "fixture:everything"})
    void parentTreeMapsEveryMcidToItsElement(String name) throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(RenderedGuides.pdf(name))) {
            PDStructureTreeRoot root = pdf.document().getDocumentCatalog().getStructureTreeRoot();
            List<PDStructureElement> all = new ArrayList<>();
            collect(pdf.documentElement(), null, all);
            int mcids = 0;
            for (PDStructureElement e : all) {
                for (Object kid : e.getKids()) {
                    if (kid instanceof PDMarkedContentReference mcr) {
                        Object value = root.getParentTree().getValue(mcr.getPage().getStructParents());
                        COSArray parents = (COSArray) ((COSObjectable) value).getCOSObject();
                        assertSame(e.getCOSObject(), parents.getObject(mcr.getMCID()));
                        mcids++;
                    }
                }
            }
            assertTrue(mcids > 0);
        }
    }

    private static void collect(PDStructureElement e, String type, List<PDStructureElement> into) {
        if (type == null || type.equals(e.getStructureType())) {
            into.add(e);
        }
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                collect(child, type, into);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "checking-blood-pressure-at-home"})
    void languageTitleAndOutlineComeFromTheGuide(String name) throws IOException {
        Guide guide = RenderedGuides.guide(name);
        try (PdfReadBack pdf = new PdfReadBack(RenderedGuides.pdf(name))) {
            var catalog = pdf.document().getDocumentCatalog();
            assertEquals(guide.metadata().language(), catalog.getLanguage());
            assertEquals(guide.metadata().title(), pdf.document().getDocumentInformation().getTitle());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            assertTrue(catalog.getMarkInfo().isMarked());
            List<String> bookmarks = new ArrayList<>();
            catalog.getDocumentOutline().children().forEach(i -> bookmarks.add(i.getTitle()));
            assertEquals(guide.sections().stream().map(s -> s.headingText()).toList(), bookmarks);
        }
    }

    @Test
    void xmpDeclaresPdfUaAndPdfAAndTheTitle() throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(RenderedGuides.pdf("back-muscle-spasms"))) {
            String xmp = new String(pdf.document().getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>A<"));
            assertTrue(xmp.contains(">Relieving Back Muscle Spasms</rdf:li>"), xmp);
        }
    }

    @Test
    void subsectionsAreNestedBookmarks() throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(RenderedGuides.pdf("fixture:everything"))) {
            var lists = pdf.document().getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("Lists", lists.getTitle());
            assertEquals("Numbered steps", lists.getFirstChild().getTitle());
            assertTrue(lists.getDestination() != null && lists.getFirstChild().getDestination() != null);
        }
    }

    @Test
    void linksAreTaggedAnnotationsWithDescriptionsAndPagesTabInStructureOrder() throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(RenderedGuides.pdf("fixture:everything"))) {
            PDPage first = pdf.document().getPage(0);
            var links = first.getAnnotations();
            assertFalse(links.isEmpty());
            for (var a : links) {
                assertTrue(a.getContents() != null && !a.getContents().isBlank());
                assertTrue(a.getStructParent() >= pdf.document().getNumberOfPages());
            }
            assertTrue(links.stream().anyMatch(a -> a.getContents().contains("help@example.org")));
            for (PDPage page : pdf.document().getPages()) {
                assertEquals("S", page.getCOSObject().getNameAsString(org.apache.pdfbox.cos.COSName.getPDFName(
                        "Tabs")));
            }
        }
    }

    @Test
    void pageNumbersAreArtifactsNotReadAloud() throws IOException {
        try (PdfReadBack pdf = new PdfReadBack(RenderedGuides.pdf("back-muscle-spasms"))) {
            String read = String.join("", pdf.readingOrder());
            assertFalse(read.contains("Page 1 of"), "page numbers are in the structure tree");
            String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf.document());
            int pages = pdf.document().getNumberOfPages();
            assertTrue(printed.contains("Page 1 of " + pages) && printed.contains("Page " + pages + " of " + pages));
            assertFalse(read.contains("Riverside Community Health Center\u2013"), "the running line is read aloud");
        }
    }

    @Test
    void theSameGuideGivesTheSameBytes() {
        Guide guide = RenderedGuides.guide("back-muscle-spasms");
        assertArrayEquals(RenderedGuides.pdf("back-muscle-spasms"), RenderedGuides.render(guide,
                RenderOptions.defaults()));
    }
}
