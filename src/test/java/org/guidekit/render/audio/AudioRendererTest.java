package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.model.Section;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.library.Renderers;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2Frame;
import com.mpatric.mp3agic.ID3v2TextFrameData;
import com.mpatric.mp3agic.Mp3File;

/**
 * A real FreeTTS run of a sample guide, read back: MP3 format and tags, chapters, pace and captions.
 */
class AudioRendererTest {
    private static final String NAME = "checking-blood-pressure-at-home";
    @TempDir
    static Path out;
    private static Guide guide;
    private static Mp3File mp3;
    private static List<Captions.Cue> cues;
    private static List<String> transcript;

    @BeforeAll
    static void render() throws Exception {
        guide = MarkdownGuideReader.read(Fixtures.content(NAME + ".md"));
        List<Path> files = new AudioRenderer(AudioRenderer.Container.MP3).render(guide, RenderOptions.defaults(),
                out.resolve(NAME)).files();
        assertEquals(List.of(NAME + ".mp3", NAME + ".transcript.txt", NAME + ".vtt"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        mp3 = new Mp3File(out.resolve(NAME).resolve(NAME + ".mp3").toString());
        cues = Captions.parse(Files.readString(out.resolve(NAME).resolve(NAME + ".vtt"), StandardCharsets.UTF_8));
        transcript = Files.readAllLines(out.resolve(NAME).resolve(NAME + ".transcript.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void mp3IsConstantBitrateMono16kHzWithTags() {
        assertEquals(16000, mp3.getSampleRate());
        assertEquals("Mono", mp3.getChannelMode());
        assertFalse(mp3.isVbr());
        assertEquals(Mp3Encoder.BITRATE_KBPS, mp3.getBitrate());
        ID3v2 tag = mp3.getId3v2Tag();
        assertEquals("Checking Your Blood Pressure at Home", tag.getTitle());
        assertEquals("Riverside Community Health Center", tag.getArtist());
        assertEquals("Checking Your Blood Pressure at Home", tag.getAlbum());
        assertEquals("Speech", tag.getGenreDescription());
        assertEquals("2026", ((com.mpatric.mp3agic.ID3v24Tag) tag).getRecordingTime()); // reviewed: 2026-09-15
        var language = tag.getFrameSets().get("TLAN").getFrames().get(0).getData();
        assertEquals("eng", new String(language, 1, language.length - 1, StandardCharsets.ISO_8859_1));
    }

    @Test
    void aXingInfoFrameGivesPlayersTheExactLength() throws Exception {
        byte[] file = Files.readAllBytes(out.resolve(NAME).resolve(NAME + ".mp3"));
        int tagEnd = 10 + ((file[6] & 0x7f) << 21 | (file[7] & 0x7f) << 14 | (file[8] & 0x7f) << 7 | (file[9] & 0x7f));
        int info = tagEnd + 4 + 9; // MPEG-2 mono: 9 bytes of side information after the header
        assertEquals("Info", new String(file, info, 4, StandardCharsets.US_ASCII));
        java.nio.ByteBuffer fields = java.nio.ByteBuffer.wrap(file, info + 4, 12);
        assertEquals(7, fields.getInt(), "frames, bytes and table of contents");
        long frames = fields.getInt();
        assertEquals(file.length - tagEnd, fields.getInt(), "bytes of the MPEG stream");
        long millis = frames * 576 * 1000 / 16000;
        assertEquals(mp3.getLengthInMilliseconds(), millis, 40.0, "the length players show");
    }

    /**
     * One chapter per section, contiguous, each running to the next section; the warning in the last section is a
     * chapter inside that section's (listed by the section's child CTOC), not a chapter between sections.
     */
    @Test
    void oneChapterPerSectionTitledByItsHeadingAtItsHeading() throws Exception {
        List<ID3v2ChapterFrameData> chapters = mp3.getId3v2Tag().getChapters();
        List<String> expected = new java.util.ArrayList<>(List.of(guide.metadata().title()));
        guide.allSections().stream().map(Section::headingText).forEach(expected::add);
        expected.add("Warning: Call 911"); // the sample's last section holds a warning: a chapter inside it
        assertEquals(expected.size(), chapters.size());
        assertEquals(2, mp3.getId3v2Tag().getChapterTOC().size(), "the top-level CTOC and the last section's");
        long previousEnd = 0;
        ID3v2ChapterFrameData section = null;
        for (int i = 0; i < chapters.size(); i++) {
            ID3v2ChapterFrameData c = chapters.get(i);
            assertEquals(expected.get(i), title(c));
            assertTrue(c.getEndTime() > c.getStartTime());
            if (c.getId().contains(".")) {
                assertTrue(section != null && c.getStartTime() > section.getStartTime()
                        && c.getEndTime() <= section.getEndTime(), "a callout's chapter is inside its section's");
            } else {
                assertEquals(previousEnd, c.getStartTime(), "sections' chapters are contiguous");
                previousEnd = c.getEndTime();
                section = c;
            }
            if (i > 0) {
                // The chapter starts with its heading being spoken.
                String spoken = expected.get(i).replaceAll("[.?!]$", "").replace(": ", ". ").replace("911", "9, 1, 1");
                Captions.Cue heading = cues.stream().filter(q -> q.text().startsWith(spoken)).findFirst()
                        .orElseThrow();
                long lead = heading.beginMs() - c.getStartTime();
                assertTrue(lead >= 0 && lead < 400, "heading starts " + lead + " ms into chapter " + i);
            }
        }
        assertEquals(mp3.getLengthInMilliseconds(), previousEnd, 60.0, "last chapter ends with the audio");
    }

    private static String title(ID3v2ChapterFrameData chapter) throws Exception {
        for (ID3v2Frame f : chapter.getSubframes()) {
            if (f.getId().equals("TIT2")) {
                return new ID3v2TextFrameData(false, f.getData()).getText().toString();
            }
        }
        throw new AssertionError("chapter without a title");
    }

    @Test
    void captionsCoverTheAudioInOrderWithTheTranscriptText() {
        // One cue per sentence: together they say exactly the transcript.
        assertEquals(String.join(" ", transcript), String.join(" ", cues.stream().map(Captions.Cue::text).toList()));
        assertTrue(cues.size() > transcript.size(), "paragraphs are split into sentences");
        assertTrue(cues.stream().allMatch(c -> c.endMs() - c.beginMs() < 20_000), "no cue longer than a long sentence");
        java.util.regex.Pattern stray = java.util.regex.Pattern.compile("\\s[.,;:!?)]|\\(\\s|[.,;:]{2}|\\s{2}|\\.\\s+[a-z]");
        cues.forEach(c -> assertFalse(stray.matcher(c.text()).find(), "stray space or period in a caption: " + c));
        long length = mp3.getLengthInMilliseconds();
        assertTrue(cues.get(0).beginMs() >= SectionVoicing.LEAD_MS, "starts after the lead-in silence");
        assertTrue(cues.get(0).beginMs() < 1000, "starts within a second");
        long previousEnd = 0;
        for (Captions.Cue c : cues) {
            assertTrue(c.beginMs() >= previousEnd, "in order, not overlapping: " + c);
            assertTrue(c.beginMs() - previousEnd < 2500, "no long uncaptioned gap before " + c);
            assertTrue(c.endMs() > c.beginMs(), c.toString());
            previousEnd = c.endMs();
        }
        assertTrue(previousEnd <= length && length - previousEnd < 1500, "ends near the end: " + previousEnd
                + " of " + length);
    }

    @Test
    void paceSuitsOlderListeners() {
        long words = transcript.stream().mapToLong(l -> l.split("[\\s-]+").length).sum();
        double speakingMinutes = cues.stream().mapToLong(c -> c.endMs() - c.beginMs()).sum() / 60000.0;
        double wpm = words / speakingMinutes;
        assertTrue(wpm > 145 && wpm < 168, "speaking rate " + wpm + " words a minute (aim 155)");
        double overall = words / (mp3.getLengthInMilliseconds() / 60000.0);
        assertTrue(overall > 110 && overall < wpm, "with pauses " + overall + " words a minute");
        System.err.printf("pace: %.1f words a minute speaking, %.1f with pauses, %d ms%n", wpm, overall,
                mp3.getLengthInMilliseconds());
    }

    @Test
    void audioFormatsAreRegistered() {
        try (Renderers renderers = Renderers.open()) {
            assertEquals("audio", renderers.byFormat("audio").orElseThrow().format());
            assertEquals("wav", renderers.byFormat("wav").orElseThrow().format());
        }
    }

    @Test
    void aGuideInAnotherLanguageIsAClearRenderError(@TempDir Path dir) {
        Path file = Fixtures.write(dir, "x.md", "---\ntitle: Krämpfe\nlanguage: de-DE\n---\nHallo.\n");
        RenderException e = assertThrows(RenderException.class, () -> new AudioRenderer(AudioRenderer.Container.MP3)
                .render(MarkdownGuideReader.read(file), RenderOptions.defaults(), dir.resolve("out")));
        assertTrue(e.getMessage().endsWith("x.md: no voice speaks the guide's language (de-DE); guidekit speaks English "
                + "(FreeTTS), Spanish and French (espeak-ng)"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }
}
