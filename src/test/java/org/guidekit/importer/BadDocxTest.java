package org.guidekit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.guidekit.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is not a usable .docx gets one line naming it and saying what to do, exit 3 (5 when it cannot be
 * read at all), and nothing is written.
 */
class BadDocxTest {
    static {
        PoiLogging.quiet(); // the tests use POI before the importer does
    }

    @TempDir
    Path dir;

    private CliRun refused(Path file, String expected, int code) {
        Path out = dir.resolve("content");
        CliRun run = CliRun.of("import", file.toString(), "--out", out.toString());
        assertEquals(code, run.code(), run.toString());
        String[] lines = run.err().strip().split("\n");
        assertEquals(1, lines.length, run.toString());
        assertTrue(lines[0].startsWith(file.toString() + ": "), run.toString());
        assertTrue(lines[0].contains(expected), run.toString());
        assertEquals("", run.out(), run.toString());
        assertFalse(Files.exists(out), "nothing may be written: " + run);
        return run;
    }

    @Test
    void oldWordDocument() throws Exception {
        Path doc = dir.resolve("leaflet.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            // The stream Word 97-2003 keeps its text in: what tells a .doc from other OLE2 files.
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        refused(doc, "old Word .doc file; open it in Word and save it as .docx", 3);
    }

    @Test
    void pdfRenamedToDocx() throws Exception {
        Path pdf = Files.write(dir.resolve("leaflet.docx"), "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        refused(pdf, "this is a PDF file, not a Word document", 3);
    }

    @Test
    void textRenamedToDocx() throws Exception {
        Path txt = Files.writeString(dir.resolve("leaflet.docx"), "Back pain\nRest and move gently.\n");
        refused(txt, "not a Word document (only its name ends in .docx)", 3);
    }

    @Test
    void zipBomb() throws Exception {
        // A real leaflet whose document.xml is padded with 30 MB of spaces: they pack into about 30 KB, a ratio
        // no document has.
        Path good = EverythingFixture.write(dir.resolve("good/leaflet.docx"));
        Path bomb = dir.resolve("bomb.docx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</w:document>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 30; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(bytes);
                }
            }
        }
        assertTrue(Files.size(bomb) < 300_000, "size " + Files.size(bomb));
        refused(bomb, "zip bomb", 3);
    }

    @Test
    void damagedArchive() throws Exception {
        Path good = EverythingFixture.write(dir.resolve("good/leaflet.docx"));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length / 2));
        refused(cut, "damaged", 3);
    }

    @Test
    void zipThatIsNotAWordDocument() throws Exception {
        Path zipFile = dir.resolve("photos.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            zip.putNextEntry(new ZipEntry("photo.txt"));
            zip.write("not a document".getBytes(StandardCharsets.US_ASCII));
        }
        refused(zipFile, "not a Word document", 3);
    }

    @Test
    void tooManyEntries() throws Exception {
        Path many = dir.resolve("many.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes());
            for (int i = 0; i < DocxFile.MAX_ENTRIES + 10; i++) {
                zip.putNextEntry(new ZipEntry("word/media/x" + i + ".bin"));
                zip.write(1);
            }
        }
        refused(many, "more than " + DocxFile.MAX_ENTRIES + " parts", 3);
    }

    @Test
    void passwordProtected() throws Exception {
        Path plain = EverythingFixture.write(dir.resolve("plain/leaflet.docx"));
        Path locked = dir.resolve("locked.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        refused(locked, "protected with a password", 3);
    }

    @Test
    void missingFileIsAnIoError() {
        refused(dir.resolve("nowhere.docx"), "no such file", 5);
    }

    private static byte[] contentTypes() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
                + "2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDocumentLargerThanAnyLeafletIsRefusedWithItsCounts() throws Exception {
        // 200,000 short paragraphs: the import and the check of the guide it made ran for minutes at 1.4 GB.
        Path docx = dir.resolve("huge.docx");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            body.append("<w:p><w:r><w:t>Rest ").append(i).append(".</w:t></w:r></w:p>");
        }
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                    + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                    + WordFixture.W + "\"><w:body>" + body + "</w:body></w:document>");
        }
        refused(docx, "the document holds 200,000 paragraphs, 0 table cells and 2,288,890 characters, more than a "
                + "leaflet (at most 20,000 paragraphs, 20,000 table cells and 2,000,000 characters)", 3);
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, String text) throws java.io.IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
