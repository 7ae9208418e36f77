package org.guidekit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.guidekit.check.Finding;
import org.guidekit.read.MarkdownGuideReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The less common ways leaflets store things, each checked on the Markdown it gives. */
class WordOddsTest {
    @TempDir
    Path dir;

    private record Result(String markdown, String findings, ImportedGuide guide) {
    }

    private interface Body {
        void fill(WordFixture w) throws Exception;
    }

    private Result importOf(Body body) throws Exception {
        Path docx;
        try (WordFixture w = new WordFixture()) {
            w.styled("Title", "Odd leaflet");
            body.fill(w);
            docx = w.save(dir.resolve("odd.docx"));
        }
        ImportedGuide g = WordImporter.read(docx, null);
        // Whatever the leaflet holds, the result must be a guide the reader accepts.
        MarkdownGuideReader.read(g.write(dir.resolve("content")));
        String findings = g.findings(Path.of("odd.md")).stream().map(Finding::toString)
                .collect(Collectors.joining("\n"));
        String body2 = g.markdown().substring(g.markdown().indexOf("---\n", 4) + 4);
        return new Result(body2, findings, g);
    }

    @Test
    void hyperlinkFieldsBecomeLinks() throws Exception {
        Result r = importOf(w -> w.rawParagraph("<w:r><w:t xml:space=\"preserve\">See </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK "
                + "\"https://medlineplus.gov/\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>MedlinePlus</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:t>.</w:t></w:r>"));
        assertEquals("See [MedlinePlus](https://medlineplus.gov/).\n", r.markdown());
    }

    @Test
    void symbolFontCharactersAreTranslated() throws Exception {
        Result r = importOf(w -> w.rawParagraph("<w:r><w:sym w:font=\"Wingdings\" w:char=\"F028\"/></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> 555-0100</w:t></w:r>"));
        assertEquals("Phone: 555-0100\n", r.markdown());
    }

    @Test
    void oneCellTableIsABox() throws Exception {
        Result r = importOf(w -> w.table(new String[][] {{"**Important:** Bring your medicines to every visit."}}));
        assertEquals("> [!IMPORTANT]\n> Bring your medicines to every visit.\n", r.markdown());
    }

    @Test
    void shadedParagraphWithoutLabelIsANoteWithAFinding() throws Exception {
        Result r = importOf(w -> {
            w.shaded(w.marked(w.para(null), "**Opening hours**"));
            w.shaded(w.para("Monday to Friday, 8 to 6."));
        });
        assertEquals("> [!NOTE] Opening hours\n> Monday to Friday, 8 to 6.\n", r.markdown());
        assertTrue(r.findings().contains("odd.md:5: info [import-callout] a box in Word became a note callout"),
                r.findings());
    }

    @Test
    void letteredAndTypedNumberedLists() throws Exception {
        Result r = importOf(w -> {
            var letters = w.numbering("lowerLetter", "%1)");
            w.item(letters, 0, "Wash your hands.");
            w.item(letters, 0, "Dry them well.");
            w.para("Then:");
            w.para("1)\tFill the syringe.");
            w.para("2)\tPush out the air.");
        });
        assertEquals("1. Wash your hands.\n2. Dry them well.\n\nThen:\n\n1. Fill the syringe.\n2. Push out the air.\n",
                r.markdown());
        assertTrue(r.findings().contains("[import-list] a list lettered a, b, c"), r.findings());
    }

    @Test
    void numberingContinuesAcrossAnInterruption() throws Exception {
        Result r = importOf(w -> {
            w.numbered(0, "Take the cap off.");
            w.para("Make sure the needle is dry.");
            w.numbered(0, "Pinch the skin.");
        });
        assertEquals("1. Take the cap off.\n\nMake sure the needle is dry.\n\n2. Pinch the skin.\n", r.markdown());
    }

    @Test
    void gifIsSavedAsPngAndWindowsDrawingIsReported() throws Exception {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "gif", gif);
        Result r = importOf(w -> {
            XWPFParagraph p = w.para(null);
            w.picture(p, gif.toByteArray(), PictureType.GIF, "A clinic map", null);
            w.picture(w.para(null), new byte[] {1, 2, 3, 4}, PictureType.EMF, "A chart", null);
        });
        assertEquals("![A clinic map](images/odd-leaflet-1.png)\n", r.markdown());
        assertEquals(List.of("odd-leaflet-1.png"), r.guide().pictures().stream().map(ImportedPicture::fileName)
                .toList());
        assertTrue(ImageIO.read(new java.io.ByteArrayInputStream(r.guide().pictures().get(0).bytes())) != null);
        assertTrue(r.findings().contains("odd.docx:3: warning [import-picture] a picture is a Windows drawing (EMF)"),
                r.findings());
    }

    @Test
    void automaticAltTextIsFlaggedAndFileNamesAreNoDescription() throws Exception {
        Result r = importOf(w -> {
            w.picture(w.para(null), WordFixture.png(1), "A person holding an ice pack. Description automatically "
                    + "generated", null);
            w.picture(w.para(null), WordFixture.png(2), "IMG_2041.JPG", null);
        });
        assertEquals("![A person holding an ice pack](images/odd-leaflet-1.png)\n\n"
                + "![TODO: describe this picture](images/odd-leaflet-2.png)\n", r.markdown());
        assertTrue(r.findings().contains("[import-alt-text] Word wrote this picture's description by itself"),
                r.findings());
    }

    @Test
    void warningParagraphTakesTheListItIntroduces() throws Exception {
        Result r = importOf(w -> {
            w.marked(w.para(null), "**Warning:** Call us if you have:");
            w.bullet(0, "a fever");
            w.bullet(0, "new pain");
            w.para("Most people feel better in a week.");
        });
        assertEquals("> [!WARNING]\n> Call us if you have:\n>\n> - a fever\n> - new pain\n\n"
                + "Most people feel better in a week.\n", r.markdown());
    }

    @Test
    void noTitleAnywhereUsesTheFileNameWithAFinding() throws Exception {
        Path docx;
        try (WordFixture w = new WordFixture()) {
            w.para("Rest your back.");
            docx = w.save(dir.resolve("back_leaflet.docx"));
        }
        ImportedGuide g = WordImporter.read(docx, null);
        assertEquals("back-leaflet", g.name());
        assertTrue(g.markdown().startsWith("---\ntitle: back leaflet\n"), g.markdown());
        assertTrue(g.findings(Path.of("x.md")).get(0).toString().contains("[import-title] the document has no title"));
    }

    @Test
    void captionsDescribePicturesWithoutOneAndAreNotRepeated() throws Exception {
        Result r = importOf(w -> {
            w.picture(w.para(null), WordFixture.png(1), "", null);
            w.styled("Caption", "The ice pack goes on the sore area");
            w.picture(w.para(null), WordFixture.png(2), "A heating pad", null);
            w.styled("Caption", "A heating pad");
        });
        assertEquals("![The ice pack goes on the sore area](images/odd-leaflet-1.png)\n\n"
                + "![A heating pad](images/odd-leaflet-2.png)\n", r.markdown());
        assertTrue(r.findings().contains("[import-alt-text] the picture had no description, so its caption became "
                + "one"), r.findings());
    }

    @Test
    void quoteStyleWithBoldTitleTakesItsList() throws Exception {
        Result r = importOf(w -> {
            w.marked(w.styled("IntenseQuote", null), "**Caution: Stop the medicine if you notice**");
            w.bullet(0, "a rash");
            w.bullet(0, "swelling of the face");
            w.para("Keep this leaflet.");
        });
        assertEquals("> [!CAUTION] Stop the medicine if you notice\n> - a rash\n> - swelling of the face\n\n"
                + "Keep this leaflet.\n", r.markdown());
    }

    @Test
    void linksToFilesAreLeftOutAndBareWebAddressesGetHttps() throws Exception {
        Result r = importOf(w -> {
            XWPFParagraph p = w.para("See ");
            w.link(p, "file:///C:/Leaflets/diet.docx", "the diet sheet");
            p.createRun().setText(" and ");
            w.link(p, "www.nhs.uk/conditions/back-pain/", "the NHS page");
            p.createRun().setText(".");
        });
        assertEquals("See the diet sheet and [the NHS page](https://www.nhs.uk/conditions/back-pain/).\n",
                r.markdown());
        assertTrue(r.findings().contains("odd.md:5: warning [import-link] a link to \"file:///C:/Leaflets/diet.docx\" "
                + "was left out"), r.findings());
    }
}
