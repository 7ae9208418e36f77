package org.guidekit.render.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.library.Renderers;
import org.guidekit.testing.SampleEditions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EPUB of every sample guide, checked by EPUBCheck and read back. */
@Order(1) // slow: starts first (junit-platform.properties)
class EpubRendererTest {
    private static Path epub(String name) {
        return SampleEditions.guide(name).resolve(name + ".epub");
    }

    @Test
    void everySampleGuidePassesEpubCheckWithoutErrorsOrWarnings() {
        for (String name : SampleEditions.SPOKEN) {
            assertEquals(List.of(), EpubCheckRun.problems(epub(name)), name);
        }
        assertEquals(List.of(), EpubCheckRun.problems(epub(SampleEditions.SPANISH)), "Spanish guide without audio");
    }

    @Test
    void epubCheckReallyChecks(@TempDir Path tmp) throws IOException {
        // The same book with two defects, each of which must be reported: an overlay pointing at a sentence that
        // does not exist (a Java check of EPUBCheck's) and no dcterms:modified (a Schematron rule of the package
        // schema: those rules still run with the Schematron factory that the pom's dependency order makes Jing pick,
        // EPUBCheck's own).
        Path broken = tmp.resolve("broken.epub");
        Map<String, byte[]> entries = read(epub(SampleEditions.SPOKEN.get(0)));
        String smil = new String(entries.get("EPUB/c01.smil"), StandardCharsets.UTF_8);
        String dangling = smil.replaceFirst("#[a-z0-9-]+_1\"", "#no-such-sentence\"");
        String opf = new String(entries.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        String undated = opf.replaceFirst("<meta property=\"dcterms:modified\">[^<]*</meta>", "");
        assertNotEquals(smil, dangling);
        assertNotEquals(opf, undated);
        entries.put("EPUB/c01.smil", dangling.getBytes(StandardCharsets.UTF_8));
        entries.put("EPUB/package.opf", undated.getBytes(StandardCharsets.UTF_8));
        write(entries, broken);
        List<String> problems = EpubCheckRun.problems(broken);
        assertTrue(problems.stream().anyMatch(p -> p.contains("RSC-012 EPUB/c01.smil")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("RSC-005") && p.contains("dcterms:modified")),
                problems.toString());
    }

    @Test
    void mimetypeComesFirstAndIsStored() throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(epub(SampleEditions.SPOKEN.get(0))))) {
            ZipEntry first = in.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/epub+zip", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void overlaysCoverTheWholeAudioSentenceBySentence() throws IOException {
        Map<String, byte[]> entries = read(epub("checking-blood-pressure-at-home"));
        String opf = new String(entries.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        long sum = 0;
        int pars = 0;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().endsWith(".smil")) {
                String smil = new String(e.getValue(), StandardCharsets.UTF_8);
                long ms = 0;
                Matcher m = Pattern.compile("clipBegin=\"([^\"]+)\" clipEnd=\"([^\"]+)\"").matcher(smil);
                while (m.find()) {
                    ms += millis(m.group(2)) - millis(m.group(1));
                    pars++;
                }
                String id = e.getKey().replace("EPUB/", "").replace(".smil", "-overlay");
                assertTrue(opf.contains("refines=\"#" + id + "\">" + OverlayWriter.clock(ms) + "<"), id);
                sum += ms;
            }
        }
        assertTrue(opf.contains("<meta property=\"media:duration\">" + OverlayWriter.clock(sum) + "<"), opf);
        // One par per printed sentence or table row, not one per paragraph: more pars than utterances.
        long utterances = Files.readAllLines(SampleEditions.guide("checking-blood-pressure-at-home")
                .resolve("checking-blood-pressure-at-home.transcript.txt")).size();
        assertTrue(pars > utterances, pars + " pars for " + utterances + " utterances");
        String doc = new String(entries.get("EPUB/c01.xhtml"), StandardCharsets.UTF_8);
        assertTrue(doc.contains("<span id=\"before-you-start-l1-i2_2\" class=\"s\">A full bladder can raise your "
                + "reading.</span>"), doc);
        assertTrue(opf.contains("<meta property=\"schema:accessibilityFeature\">synchronizedAudioText</meta>"));
        assertTrue(opf.contains("<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.2 Level "
                + "AA</meta>"));
    }

    @Test
    void aGuideTheVoiceCannotSpeakGetsItsBookWithoutAudio() throws IOException {
        Map<String, byte[]> entries = read(epub(SampleEditions.SPANISH));
        assertTrue(entries.keySet().stream().noneMatch(n -> n.endsWith(".smil") || n.endsWith(".mp3")),
                entries.keySet().toString());
        String opf = new String(entries.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertFalse(opf.contains("synchronizedAudioText"));
        assertTrue(opf.contains("<dc:language>es-ES</dc:language>"));
        String doc = new String(entries.get("EPUB/c01.xhtml"), StandardCharsets.UTF_8);
        assertTrue(doc.contains("<strong>Advertencia:</strong> Llame a su médico"), doc);
        assertTrue(doc.contains("lang=\"es-ES\""), doc);
    }

    @Test
    void theSameGuideGivesTheSameBytes(@TempDir Path tmp) throws IOException {
        Guide guide = MarkdownGuideReader.read(SampleEditions.spanish(tmp.resolve("src")));
        try (Renderers renderers = Renderers.open()) {
            renderers.byFormat("epub").orElseThrow().render(guide, RenderOptions.defaults(), tmp.resolve("a"));
            renderers.byFormat("epub").orElseThrow().render(guide, RenderOptions.defaults(), tmp.resolve("b"));
        }
        String file = SampleEditions.SPANISH + ".epub";
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                Files.readAllBytes(tmp.resolve("b").resolve(file)));
    }

    private static long millis(String clock) {
        String[] p = clock.split(":");
        String[] s = p[2].split("\\.");
        return ((Long.parseLong(p[0]) * 60 + Long.parseLong(p[1])) * 60 + Long.parseLong(s[0])) * 1000
                + Long.parseLong(s[1]);
    }

    static Map<String, byte[]> read(Path epub) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            List<? extends ZipEntry> list = new ArrayList<>(zip.stream().toList());
            for (ZipEntry e : list) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static void write(Map<String, byte[]> entries, Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EpubZip zip = new EpubZip(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (!e.getKey().equals("mimetype")) {
                    zip.deflated(e.getKey(), e.getValue());
                }
            }
        }
        Files.write(target, bytes.toByteArray());
    }
}
