package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.guidekit.library.Renderers;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.Mp3File;

/**
 * Issue 27: a Spanish leaflet of the corpus gets every spoken edition, said by espeak-ng ({@code es-419} for
 * Mexico): the chaptered MP3 with its transcript and captions, the DAISY book, the EPUB with media overlays and the
 * read-along page, from one synthesis. Skipped, saying why, where espeak-ng is not installed.
 */
class SpanishAudioTest {
    private static final String NAME = "dejelo-ya";
    @TempDir
    static Path out;
    private static Guide guide;
    private static Path dir;

    @BeforeAll
    static void render() {
        boolean installed = EspeakNgProgram.onPath().installed();
        if (!installed) {
            System.out.println("SpanishAudioTest: skipped, espeak-ng is not on the PATH; " + EspeakNgProgram.INSTALL);
        }
        assumeTrue(installed, "espeak-ng is not on the PATH; " + EspeakNgProgram.INSTALL);
        guide = MarkdownGuideReader.read(Path.of("src/test/resources/corpus/es/" + NAME + ".md"));
        dir = out.resolve(NAME);
        try (Renderers renderers = Renderers.open()) {
            for (String format : List.of("audio", "daisy", "epub", "web")) {
                assertEquals(java.util.Optional.empty(), renderers.byFormat(format).orElseThrow().unsupported(guide),
                        format);
                renderers.byFormat(format).orElseThrow().render(guide, RenderOptions.defaults(), dir);
            }
        }
    }

    @Test
    void theVoiceIsEspeakNgForLatinAmericanSpanish() {
        assertTrue(guide.metadata().language().startsWith("es-"), guide.metadata().language());
        assertEquals("espeak-ng:es-419", SpokenGuide.voice(guide).toString());
    }

    @Test
    void theMp3HasAChapterPerSectionAndASanePace() throws Exception {
        Mp3File mp3 = new Mp3File(dir.resolve(NAME + ".mp3").toString());
        assertEquals(EspeakNgSynthesizer.SAMPLE_RATE, mp3.getSampleRate());
        assertEquals("Mono", mp3.getChannelMode());
        assertFalse(mp3.isVbr());
        List<ID3v2ChapterFrameData> chapters = mp3.getId3v2Tag().getChapters();
        assertTrue(chapters.size() >= guide.sections().size(), chapters.size() + " chapters for "
                + guide.sections().size() + " sections");
        long ms = millis(dir.resolve(NAME + ".mp3"));
        for (int i = 0; i < chapters.size(); i++) {
            ID3v2ChapterFrameData c = chapters.get(i);
            assertTrue(c.getStartTime() < c.getEndTime() && c.getEndTime() <= ms + 50, "chapter " + i);
            if (i > 0) {
                assertEquals(chapters.get(i - 1).getEndTime(), c.getStartTime(), "chapters meet");
            }
        }
        List<String> transcript = Files.readAllLines(dir.resolve(NAME + ".transcript.txt"), StandardCharsets.UTF_8);
        long words = transcript.stream().filter(l -> !l.isBlank()).mapToLong(l -> l.strip().split("\\s+").length)
                .sum();
        double perMinute = words / (ms / 60000.0);
        System.err.printf("Spanish (espeak-ng es-419): %d words in %d ms, %.0f words a minute with pauses%n",
                words, ms, perMinute);
        assertTrue(perMinute > 90 && perMinute < 200, perMinute + " words a minute with pauses");
    }

    /**
     * The MP3's length from its frames. mp3agic's own length stops after a few frames of a 22,050 Hz stream whose
     * frames alternate in size (padding), which ffmpeg and daisy-player read to the end.
     */
    static long millis(Path mp3) throws java.io.IOException {
        byte[] b = Files.readAllBytes(mp3);
        int at = 10 + ((b[6] & 0x7f) << 21 | (b[7] & 0x7f) << 14 | (b[8] & 0x7f) << 7 | (b[9] & 0x7f));
        long frames = 0;
        while (at + 4 <= b.length) {
            int length = Mp3Frames.frameLength(b, at);
            assertTrue(length > 0, "an MPEG frame at byte " + at);
            at += length;
            frames++;
        }
        return (frames - 1) * Mp3Frames.samplesPerFrame(EspeakNgSynthesizer.SAMPLE_RATE) * 1000
                / EspeakNgSynthesizer.SAMPLE_RATE; // the first frame is the Info frame, silent
    }

    @Test
    void theCaptionsFollowTheSpeechAndKeepTheAccents() throws Exception {
        String vtt = Files.readString(dir.resolve(NAME + ".vtt"), StandardCharsets.UTF_8);
        List<Captions.Cue> cues = Captions.parse(vtt);
        assertTrue(cues.size() > 10, cues.size() + " cues");
        long last = 0;
        for (Captions.Cue c : cues) {
            assertTrue(c.beginMs() >= last && c.endMs() > c.beginMs(), c.toString());
            // one sentence of a leaflet lasts well under half a minute
            assertTrue(c.endMs() - c.beginMs() < 30_000, c.toString());
            last = c.endMs();
        }
        assertTrue(vtt.matches("(?s).*[áéíóúñ].*"), "accented letters kept");
        long ms = millis(dir.resolve(NAME + ".mp3"));
        assertTrue(last <= ms, last + " ms of captions in " + ms + " ms of audio");
    }

    @Test
    void theDaisyBookTheEpubAndThePageCarryTheAudio() throws Exception {
        assertTrue(Files.exists(dir.resolve("daisy/ncc.html")));
        try (var mp3s = Files.list(dir.resolve("daisy"))) {
            assertTrue(mp3s.anyMatch(p -> p.toString().endsWith(".mp3")), "the book's audio");
        }
        try (var smils = Files.list(dir.resolve("daisy"))) {
            assertTrue(smils.anyMatch(p -> p.toString().endsWith(".smil")), "the book's timings");
        }
        Path epub;
        try (var files = Files.list(dir)) {
            epub = files.filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        }
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            assertTrue(zip.stream().anyMatch(e -> e.getName().endsWith(".smil")), "media overlays");
            assertTrue(zip.stream().anyMatch(e -> e.getName().endsWith(".mp3")), "the audio");
        }
        Path page;
        try (var files = Files.walk(dir)) {
            page = files.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("daisy")).findFirst()
                    .orElseThrow();
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("<audio"), "the read-along page has its player");
    }
}
