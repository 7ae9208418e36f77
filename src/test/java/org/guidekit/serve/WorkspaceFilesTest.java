package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.guidekit.importer.ClinicLeaflets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files staff manage from the workspace over HTTP, as the pages send them: pictures (type by content, size,
 * alt text, a safe name, never over an existing file), Word documents imported as {@code guidekit import} does,
 * and renaming and deleting a guide (kept in the backups; its editions gone at the next build).
 */
class WorkspaceFilesTest {
    private static final String GUIDE = "back-muscle-spasms.md";

    @TempDir
    Path dir;
    WorkspaceFixture fx;

    @BeforeEach
    void start() {
        fx = new WorkspaceFixture(dir);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void aPictureIsSavedUnderASafeNameAndItsLineOffered() throws IOException {
        byte[] png = png(40, 30);
        HttpResponse<String> r = fx.client.upload("/picture", Map.of("file", GUIDE, "alt",
                "A person lying on their back [knees bent]"), "picture", "C:\\Users\\nurse\\..\\Knee Pain Photo.PNG", png);
        assertEquals(303, r.statusCode(), r.body());
        Path saved = fx.content.resolve("images/knee-pain-photo.png");
        assertArrayEquals(png, Files.readAllBytes(saved));
        String page = fx.client.get(r.headers().firstValue("Location").orElseThrow()).body();
        String line = "![A person lying on their back (knees bent)](images/knee-pain-photo.png)";
        assertTrue(page.contains("id=\"picture-markdown\" type=\"text\" readonly size=\"60\" value=\""
                + Html.esc(line) + "\""), page);
        assertTrue(page.contains("The picture is saved as images/knee-pain-photo.png."), page);
        // the line offered is one the reader takes: the guide with it has no picture finding
        String text = Files.readString(fx.content.resolve(GUIDE));
        String version = SafeSave.version(text.getBytes(StandardCharsets.UTF_8));
        fx.client.post("/save", Map.of("file", GUIDE, "version", version, "text", text + "\n" + line + "\n"));
        assertTrue(fx.client.get("/guide?file=" + GUIDE).body().contains("<p id=\"summary\">0 errors"));

        // a JPEG keeps its own extension, whatever the name says
        byte[] jpeg = jpeg(20, 20);
        r = fx.client.upload("/picture", Map.of("file", GUIDE, "alt", "A hot water bottle"), "picture",
                "bottle.png", jpeg);
        assertEquals(303, r.statusCode(), r.body());
        assertArrayEquals(jpeg, Files.readAllBytes(fx.content.resolve("images/bottle.jpg")));
    }

    @Test
    void aPhotoLargerThanAGuideIsTaken() throws IOException {
        // a guide's text is limited to 2 MB; a photo is often more, and is an upload of its own
        BufferedImage noise = new BufferedImage(1200, 1000, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(28);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(noise, "png", out);
        byte[] png = out.toByteArray();
        assertTrue(png.length > 3 * 1024 * 1024, png.length + " bytes");
        HttpResponse<String> r = fx.client.upload("/picture", Map.of("file", GUIDE, "alt", "Noise"), "picture",
                "noise.png", png);
        assertEquals(303, r.statusCode(), r.body());
        assertArrayEquals(png, Files.readAllBytes(fx.content.resolve("images/noise.png")));
    }

    @Test
    void aPictureIsNeverWrittenOverAnother() throws IOException {
        byte[] before = Files.readAllBytes(fx.content.resolve("images/knee-to-chest.png"));
        HttpResponse<String> r = fx.client.upload("/picture", Map.of("file", GUIDE, "alt", "Another picture"),
                "picture", "knee-to-chest.png", png(10, 10));
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("A picture named knee-to-chest.png is already in the pictures folder; nothing "
                + "was replaced."), r.body());
        assertArrayEquals(before, Files.readAllBytes(fx.content.resolve("images/knee-to-chest.png")));
        assertNoPathOfThisComputer(r.body());
    }

    @Test
    void aPictureIsJudgedByItsContentAndNeedsItsAltText() throws IOException {
        HttpResponse<String> r = fx.client.upload("/picture", Map.of("file", GUIDE, "alt", "A photo"), "picture",
                "photo.png", "<svg>not a picture</svg>".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Picture not added: &quot;photo.png&quot; is not a PNG or JPEG picture"),
                r.body());
        r = fx.client.upload("/picture", Map.of("file", GUIDE, "alt", "  "), "picture", "fine.png", png(10, 10));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Describe the picture first"), r.body());
        // a PNG whose header says 10,000 x 6,000 pixels: refused from the header, never decoded
        r = fx.client.upload("/picture", Map.of("file", GUIDE, "alt", "A huge photo"), "picture", "huge.png",
                pngHeader(10_000, 6_000));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("The picture is 10000 x 6000 pixels, far too large to print"), r.body());
        assertFalse(Files.exists(fx.content.resolve("images/photo.png")));
        assertFalse(Files.exists(fx.content.resolve("images/fine.png")));
        assertFalse(Files.exists(fx.content.resolve("images/huge.png")));
        // and like every change, only from the workspace's own page
        assertEquals(403, fx.client.post("/picture", Map.of("file", GUIDE, "alt", "x"), fx.client.origin)
                .statusCode());
    }

    @Test
    void aWordLeafletIsImportedWithWhatWasLeftOut() throws IOException {
        Path docx = ClinicLeaflets.write("day-surgery-discharge", dir.resolve("Day surgery discharge.docx"));
        byte[] bytes = Files.readAllBytes(docx);
        HttpResponse<String> r = fx.client.upload("/import", Map.of(), "document", "Day surgery discharge.docx",
                bytes);
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        String name = location.replaceFirst("^/guide\\?file=", "").replaceFirst("&imported=1$", "");
        assertTrue(Files.isRegularFile(fx.content.resolve(name)), name);
        String page = fx.client.get(location).body();
        String message = page.substring(page.indexOf("<div id=\"message\""), page.indexOf("</div>",
                page.indexOf("<div id=\"message\"")));
        assertTrue(message.contains("Imported Day surgery discharge.docx as " + name), message);
        assertTrue(message.contains("What the import left out or changed, and why ("), message);
        assertNoPathOfThisComputer(message);
        assertFalse(fx.client.get("/guide?file=" + name).body().contains("What the import left out"));

        // the same leaflet again would replace that guide: refused, nothing changed
        String before = Files.readString(fx.content.resolve(name));
        Files.writeString(fx.content.resolve(name), before + "\nAn edit.\n");
        r = fx.client.upload("/import", Map.of(), "document", "Day surgery discharge.docx", bytes);
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("Not imported: " + name + " is already in the content folder"), r.body());
        assertEquals(before + "\nAn edit.\n", Files.readString(fx.content.resolve(name)));
    }

    @Test
    void aDocumentThatCannotBeImportedSaysWhy() throws IOException {
        HttpResponse<String> r = fx.client.upload("/import", Map.of(), "document", "leaflet.docx",
                "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("this is a PDF file, not a Word document"), r.body());
        assertNoPathOfThisComputer(r.body());

        ByteArrayOutputStream big = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 0; i < 20_001; i++) {
                // varied text: the same paragraph 20,001 times packs so tightly it reads as a zip bomb
                doc.createParagraph().createRun().setText(Long.toString(i * 2_654_435_761L % 1_000_003L, 36));
            }
            doc.write(big);
        }
        r = fx.client.upload("/import", Map.of(), "document", "long.docx", big.toByteArray());
        assertEquals(422, r.statusCode());
        assertTrue(r.body().matches("(?s).*the document holds 20,001 paragraphs, 0 table cells and [0-9,]+ "
                + "characters, more than a leaflet \\(at most 20,000 paragraphs, 20,000 table cells and 2,000,000 "
                + "characters\\), so it was not imported.*"), r.body());
        assertNoPathOfThisComputer(r.body());
        try (Stream<Path> files = Files.list(fx.content)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith("long")).count());
        }
    }

    @Test
    void aGuideIsRenamedButNeverOverAnother() throws IOException {
        String other = "checking-blood-pressure-at-home.md";
        String text = Files.readString(fx.content.resolve(GUIDE));
        HttpResponse<String> r = fx.client.post("/rename", Map.of("file", GUIDE, "to", other));
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("Not renamed: " + other + " is already a file in the content folder"),
                r.body());
        assertEquals(text, Files.readString(fx.content.resolve(GUIDE)));
        r = fx.client.post("/rename", Map.of("file", GUIDE, "to", "../outside.md"));
        assertEquals(422, r.statusCode());
        assertFalse(Files.exists(dir.resolve("outside.md")));

        r = fx.client.post("/rename", Map.of("file", GUIDE, "to", "back-care"));
        assertEquals(303, r.statusCode());
        assertEquals("/guide?file=back-care.md&renamed=1", r.headers().firstValue("Location").orElseThrow());
        assertEquals(text, Files.readString(fx.content.resolve("back-care.md")));
        assertFalse(Files.exists(fx.content.resolve(GUIDE)));
        assertTrue(fx.client.get("/guide?file=back-care.md&renamed=1").body().contains("Renamed to back-care.md."));
    }

    @Test
    void aDeletedGuideIsKeptInTheBackupsAndItsEditionsGoAtTheNextBuild() throws Exception {
        Files.writeString(fx.content.resolve("guidekit.yaml"), "formats: pdf\n"); // a quick build
        build();
        assertTrue(Files.isRegularFile(fx.out.resolve("back-muscle-spasms/back-muscle-spasms.pdf")));
        String text = Files.readString(fx.content.resolve(GUIDE));

        String confirm = fx.client.get("/delete?file=" + GUIDE).body();
        assertTrue(confirm.contains("<form method=\"post\" action=\"/delete\">"), confirm);
        assertTrue(Files.exists(fx.content.resolve(GUIDE)), "asking is not deleting");
        HttpResponse<String> r = fx.client.post("/delete", Map.of("file", GUIDE));
        assertEquals(303, r.statusCode());
        assertFalse(Files.exists(fx.content.resolve(GUIDE)));
        List<Path> kept;
        try (Stream<Path> s = Files.list(fx.content.resolve(SafeSave.BACKUP_FOLDER).resolve(GUIDE))) {
            kept = s.filter(p -> p.getFileName().toString().endsWith("-deleted-" + GUIDE)).toList();
        }
        assertEquals(1, kept.size());
        assertEquals(text, Files.readString(kept.get(0)));
        String list = fx.client.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(list.contains("Deleted Relieving Back Muscle Spasms. The file is kept in the backups folder"),
                list);
        assertFalse(list.contains("/guide?file=" + GUIDE));

        build();
        assertFalse(Files.exists(fx.out.resolve("back-muscle-spasms")), "the deleted guide's editions remain");
        assertTrue(Files.isRegularFile(fx.out.resolve(
                "checking-blood-pressure-at-home/checking-blood-pressure-at-home.pdf")));
    }

    private void build() throws InterruptedException {
        assertEquals(303, fx.client.post("/build", Map.of()).statusCode());
        for (int i = 0; i < 3000 && fx.client.get("/build").body().contains("data-follow=\"true\""); i++) {
            Thread.sleep(100);
        }
    }

    private void assertNoPathOfThisComputer(String page) {
        assertFalse(page.contains(dir.toString()), page);
        assertFalse(page.contains(System.getProperty("java.io.tmpdir") + "/"), page);
        assertFalse(page.contains("guidekit import"), page);
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    /** The start of a PNG (signature and header chunk) claiming {@code width} x {@code height} pixels. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 64);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0});
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b.array(), 12, 17);
        b.putInt((int) crc.getValue());
        return b.array();
    }
}
