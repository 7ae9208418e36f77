package org.guidekit.render.daisy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.Progress;
import org.guidekit.render.RenderOptions;
import org.guidekit.library.Renderers;
import org.guidekit.testing.Fixtures;
import org.guidekit.testing.Golden;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mpatric.mp3agic.Mp3File;

/** The DAISY book of the sample guide, with real speech, checked by our rules, the schemas and a golden NCC. */
@Order(1) // slow: starts first (junit-platform.properties)
class DaisyRendererTest {
    private static final String NAME = "back-muscle-spasms";
    @TempDir
    static Path out;
    static Path book;

    @BeforeAll
    static void render() {
        Guide guide = MarkdownGuideReader.read(Fixtures.content(NAME + ".md"));
        RenderOptions zip = new RenderOptions(RenderOptions.defaults().paper(), 18, java.util.Optional.empty(),
                java.util.Optional.empty(), 155, java.util.Optional.empty(), java.util.Map.of(), true, Progress.NONE);
        new DaisyRenderer().render(guide, zip, out.resolve(NAME));
        book = out.resolve(NAME).resolve("daisy");
    }

    static long mp3Millis(Path file) {
        try {
            return new Mp3File(file.toString()).getLengthInMilliseconds();
        } catch (Exception e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    @Test
    void bookPassesOurValidationSuite() throws IOException {
        assertEquals(List.of(), DaisyBookCheck.problems(book, DaisyRendererTest::mp3Millis));
    }

    @Test
    void nccAndSmilFilesMatchTheDaisySchemasAndTheirSchematronRules() throws Exception {
        assertEquals(List.of(), DaisySchemas.errors(DaisySchemas.NCC, book.resolve("ncc.html")));
        assertEquals(List.of(), DaisySchematron.messages(DaisySchemas.NCC, book.resolve("ncc.html")));
        try (Stream<Path> files = Files.list(book)) {
            for (Path smil : files.filter(f -> f.toString().endsWith(".smil")).sorted().toList()) {
                assertEquals(List.of(), DaisySchemas.errors(DaisySchemas.SMIL, smil), smil.toString());
                assertEquals(List.of(), DaisySchematron.messages(DaisySchemas.SMIL, smil), smil.toString());
            }
        }
    }

    @Test
    void nccMatchesGolden() throws IOException {
        Golden.assertMatches("daisy", NAME + ".ncc.html", Files.readString(book.resolve("ncc.html")));
    }

    @Test
    void oneChapterPerSectionEachAConstantBitrateMonoMp3() throws Exception {
        try (Stream<Path> files = Files.list(book)) {
            List<Path> mp3s = files.filter(f -> f.toString().endsWith(".mp3")).sorted().toList();
            Guide guide = MarkdownGuideReader.read(Fixtures.content(NAME + ".md"));
            assertEquals(guide.allSections().size() + 1 + 2, mp3s.size(),
                    "the opening, one per section and one per warning or important callout");
            for (Path f : mp3s) {
                Mp3File mp3 = new Mp3File(f.toString());
                assertFalse(mp3.isVbr(), f + " must be constant bitrate");
                assertEquals("Mono", mp3.getChannelMode(), f.toString());
            }
        }
    }

    @Test
    void zipHoldsTheWholeBookInOneFolder() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out.resolve(NAME).resolve(NAME + "-daisy.zip"));
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        try (Stream<Path> files = Files.list(book)) {
            assertEquals(files.map(f -> NAME + "-daisy/" + f.getFileName()).sorted().toList(), names);
        }
    }

    @Test
    void renderingAgainGivesTheSameBytes(@TempDir Path again) throws IOException {
        Guide guide = MarkdownGuideReader.read(Fixtures.content(NAME + ".md"));
        new DaisyRenderer().render(guide, RenderOptions.defaults(), again);
        try (Stream<Path> files = Files.list(book)) {
            for (Path f : files.sorted().toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve("daisy")
                        .resolve(f.getFileName())), f.getFileName().toString());
            }
        }
    }

    @Test
    void audioAndDaisyOfOneGuideShareOneSynthesis(@TempDir Path dir) {
        Path file = Fixtures.guide(dir, "shared-synthesis-test.md", "## Rest\n\nRest your back for a day.\n");
        Guide guide = MarkdownGuideReader.read(file);
        AtomicInteger starts = new AtomicInteger();
        Progress counting = (task, done, total) -> {
            if (done == 0) {
                starts.incrementAndGet();
            }
        };
        RenderOptions options = new RenderOptions(RenderOptions.defaults().paper(), 18, java.util.Optional.empty(),
                java.util.Optional.empty(), 155, java.util.Optional.empty(), java.util.Map.of(), false, counting);
        try (Renderers renderers = Renderers.open()) {
            renderers.byFormat("audio").orElseThrow().render(guide, options, dir.resolve("out"));
            renderers.byFormat("daisy").orElseThrow().render(guide, options, dir.resolve("out"));
        }
        assertEquals(1, starts.get(), "the guide must be synthesised once for both formats");
        assertTrue(Files.exists(dir.resolve("out/daisy/ncc.html")));
    }

    @Test
    void aGuideTheVoiceCannotSpeakIsRefusedAndNothingIsWritten(@TempDir Path dir) {
        Path file = Fixtures.write(dir, "es.md", "---\ntitle: Rücken\nlanguage: de-DE\n---\nRuhen Sie.\n");
        RenderException e = assertThrows(RenderException.class, () -> new DaisyRenderer()
                .render(MarkdownGuideReader.read(file), RenderOptions.defaults(), dir.resolve("out")));
        assertTrue(e.getMessage().contains("no voice speaks the guide's language (de-DE)"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
