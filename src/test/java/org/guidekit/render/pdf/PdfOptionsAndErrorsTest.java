package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.Paper;
import org.guidekit.render.RenderOptions;
import org.guidekit.library.Renderers;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer's contract: where it writes, paper and font options, and user errors without stack traces. */
class PdfOptionsAndErrorsTest {
    @TempDir
    Path dir;

    private static RenderOptions withFonts(Path font, Path bold) {
        RenderOptions d = RenderOptions.defaults();
        return new RenderOptions(d.paper(), d.bodySize(), Optional.ofNullable(font), Optional.ofNullable(bold),
                d.wordsPerMinute(), d.pitch(), d.sharedPronunciations(), d.zip(), d.progress());
    }

    private Guide guide(String name, String markdown) {
        return MarkdownGuideReader.read(Fixtures.write(dir, name + ".md", markdown));
    }

    @Test
    void writesNameSlashNameDotPdfAndIsRegisteredAsPdf() throws IOException {
        Guide guide = RenderedGuides.guide("checking-blood-pressure-at-home");
        Path out = dir.resolve("out").resolve(guide.name());
        List<Path> files;
        try (Renderers renderers = Renderers.open()) {
            files = renderers.byFormat("pdf").orElseThrow().render(guide, RenderOptions.defaults(), out).files();
        }
        assertEquals(List.of(out.resolve(guide.name() + ".pdf")), files);
        assertTrue(Files.size(files.get(0)) > 1000);
    }

    @Test
    void aMissingGlyphNamesTheCharacterItsCodePointAndLineAndLeavesNoFile() throws IOException {
        Guide guide = guide("kanji", "---\ntitle: Test\n---\nFirst line.\n\nThe word 字 is here.\n");
        Path out = dir.resolve("out");
        RenderException e = assertThrows(RenderException.class,
                () -> new LargePrintPdfRenderer().render(guide, RenderOptions.defaults(), out));
        assertEquals(guide.source() + ":6: the font has no glyph for \"字\" (U+5B57); remove the character or "
                + "choose a font that has it with --font", e.getMessage());
        assertFalse(Files.exists(out), "a failed render touched the output folder");
    }

    @Test
    void anImageThatCannotBeReadNamesItsLine() {
        Fixtures.write(dir, "images/broken.png", "not really a picture");
        Guide guide = guide("broken", "---\ntitle: Test\n---\nText.\n\n![A chart](images/broken.png)\n");
        RenderException e = assertThrows(RenderException.class,
                () -> RenderedGuides.render(guide, RenderOptions.defaults()));
        assertTrue(e.getMessage().startsWith(guide.source() + ":6: cannot read the image broken.png ("),
                e.getMessage());
    }

    @Test
    void aSpanishHandoutPrintsItsOwnWordsInSpanish() throws IOException {
        Guide guide = guide("es", "---\ntitle: Presión\nlanguage: es-MX\nreviewed: 2026-09-15\n---\nSiéntese.\n\n"
                + "> [!WARNING] Llame al 911\n> Si tiene dolor de pecho.\n");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                RenderedGuides.render(guide, RenderOptions.defaults()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            for (String words : List.of("Revisado en septiembre de 2026", "Advertencia: Llame al 911", "Página 1 de 1")) {
                assertTrue(text.contains(words), words + " missing in:\n" + text);
            }
        }
    }

    @Test
    void aHugePictureIsRefusedBeforeItIsDecoded() throws IOException {
        Path png = Fixtures.png(dir, "images/huge.png");
        byte[] b = Files.readAllBytes(png);
        // IHDR starts at byte 8: length(4) "IHDR"(4) width(4) height(4) ... CRC over type and data (17 bytes).
        java.nio.ByteBuffer.wrap(b).putInt(16, 20_000).putInt(20, 20_000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b, 12, 17);
        java.nio.ByteBuffer.wrap(b).putInt(29, (int) crc.getValue());
        Files.write(png, b);
        Guide guide = guide("huge", "---\ntitle: Test\n---\nText.\n\n![A chart](images/huge.png)\n");
        RenderException e = assertThrows(RenderException.class,
                () -> RenderedGuides.render(guide, RenderOptions.defaults()));
        assertEquals(guide.source() + ":6: the picture huge.png is 20000 x 20000 pixels, far too large to print; "
                + "save a copy at most 3000 pixels wide", e.getMessage());
    }

    @Test
    void aFontThatIsNotTrueTypeIsAClearError() {
        Path notAFont = Fixtures.write(dir, "font.ttf", "this is not a font");
        RenderException e = assertThrows(RenderException.class, () -> RenderedGuides.render(
                RenderedGuides.guide("back-muscle-spasms"), withFonts(notAFont, null)));
        assertEquals("--font " + notAFont + " is not a TrueType font guidekit can use; give a .ttf file with "
                + "TrueType outlines, such as AtkinsonHyperlegible-Regular.ttf", e.getMessage());
    }

    @Test
    void aMissingFontFileIsAClearError() {
        Path missing = dir.resolve("nowhere.ttf");
        RenderException e = assertThrows(RenderException.class, () -> RenderedGuides.render(
                RenderedGuides.guide("back-muscle-spasms"), withFonts(missing, null)));
        assertEquals("--font " + missing + ": no such file; give the path to a .ttf font file", e.getMessage());
    }

    @Test
    void anItalicFontIsRefused() throws IOException {
        Path oblique = copy("/fonts/AtkinsonHyperlegible-Italic.ttf");
        RenderException e = assertThrows(RenderException.class, () -> RenderedGuides.render(
                RenderedGuides.guide("back-muscle-spasms"), withFonts(oblique, null)));
        assertTrue(e.getMessage().contains("is an italic font"), e.getMessage());
    }

    @Test
    void aClinicFontWithoutBoldFaceRenders() throws IOException {
        Path font = copy("/org/guidekit/render/pdf/fonts/AtkinsonHyperlegible-Regular.ttf");
        byte[] pdf = RenderedGuides.render(RenderedGuides.guide("back-muscle-spasms"), withFonts(font, null));
        try (PdfReadBack back = new PdfReadBack(pdf)) {
            assertTrue(back.glyphs().stream().allMatch(g -> g.position().getFont().getName()
                    .endsWith("AtkinsonHyperlegible-Regular")), "bold is drawn with the regular face");
        }
    }

    private Path copy(String resource) throws IOException {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void paperComesFromTheLanguageRegionUnlessChosen() {
        Guide british = guide("gb", "---\ntitle: Test\nlanguage: en-GB\n---\nHello.\n");
        assertEquals(Paper.A4, Plans.plan(british).style().paper());
        assertEquals(Paper.LETTER, Plans.plan(british, RenderOptions.defaults().withPaper(Paper.LETTER))
                .style().paper());
        assertEquals(Paper.LETTER, Plans.plan(RenderedGuides.guide("back-muscle-spasms")).style().paper());
        assertEquals("en-GB", Plans.plan(british).language());
    }
}
