package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.ID3v2Frame;
import com.mpatric.mp3agic.ID3v2TextFrameData;
import com.mpatric.mp3agic.Mp3File;

/**
 * A warning between two paragraphs of a section, in the MP3's chapters read back: the section's chapter runs to
 * the next section and so covers the text after the warning; the warning is a chapter inside it, listed by the
 * section's child CTOC; no "(continued)" chapter. Checked with mp3agic and, where installed, with ffprobe.
 */
class ChaptersAroundWarningsTest {
    private static final String NAME = "minor-burn-warning";
    @TempDir
    static Path out;
    private static Path file;
    private static Mp3File mp3;
    /** The caption of the sentence after the warning: where that text is in the audio. */
    private static Captions.Cue after;

    @BeforeAll
    static void render() throws Exception {
        Path guide = Path.of("src/test/resources/guides/" + NAME + ".md");
        new AudioRenderer(AudioRenderer.Container.MP3).render(MarkdownGuideReader.read(guide),
                RenderOptions.defaults(), out.resolve(NAME));
        file = out.resolve(NAME).resolve(NAME + ".mp3");
        mp3 = new Mp3File(file.toString());
        List<Captions.Cue> cues = Captions.parse(Files.readString(out.resolve(NAME).resolve(NAME + ".vtt"),
                StandardCharsets.UTF_8));
        after = cues.stream().filter(c -> c.text().startsWith("Do not put ice")).findFirst().orElseThrow();
    }

    private static Map<String, ID3v2ChapterFrameData> chaps() throws Exception {
        Map<String, ID3v2ChapterFrameData> byTitle = new LinkedHashMap<>();
        for (ID3v2ChapterFrameData c : mp3.getId3v2Tag().getChapters()) {
            byTitle.put(title(c.getSubframes()), c);
        }
        return byTitle;
    }

    @Test
    void theSectionsChapterCoversTheTextAfterItsWarning() throws Exception {
        Map<String, ID3v2ChapterFrameData> chaps = chaps();
        assertEquals(List.of("Caring for a Minor Burn", "Cool the burn", "Warning: Emergency", "Cover the burn"),
                List.copyOf(chaps.keySet()), "no \"(continued)\" chapter");
        ID3v2ChapterFrameData section = chaps.get("Cool the burn");
        ID3v2ChapterFrameData warning = chaps.get("Warning: Emergency");
        assertEquals(chaps.get("Cover the burn").getStartTime(), section.getEndTime(), "to the next section");
        assertTrue(section.getStartTime() < warning.getStartTime() && warning.getEndTime() < section.getEndTime(),
                "the warning is inside its section");
        assertTrue(after.beginMs() >= warning.getEndTime() && after.endMs() <= section.getEndTime(),
                "the text after the warning (" + after + ") is in the section's chapter [" + section.getStartTime()
                        + ", " + section.getEndTime() + "], after the warning's [" + warning.getStartTime() + ", "
                        + warning.getEndTime() + "]");
    }

    @Test
    void theTopLevelTableListsSectionsAndEachSectionsChildTableItsWarnings() throws Exception {
        ID3v2 tag = mp3.getId3v2Tag();
        Map<String, String> titleById = new LinkedHashMap<>();
        for (ID3v2ChapterFrameData c : tag.getChapters()) {
            titleById.put(c.getId(), title(c.getSubframes()));
        }
        List<ID3v2ChapterTOCFrameData> tocs = tag.getChapterTOC();
        List<ID3v2ChapterTOCFrameData> roots = tocs.stream().filter(ID3v2ChapterTOCFrameData::isRoot).toList();
        assertEquals(1, roots.size(), "one top-level CTOC");
        Map<String, ID3v2ChapterTOCFrameData> tocById = new LinkedHashMap<>();
        tocs.forEach(t -> tocById.put(t.getId(), t));
        List<String> top = new ArrayList<>();
        for (String child : roots.get(0).getChildren()) {
            if (titleById.containsKey(child)) {
                top.add(titleById.get(child));
            } else {
                ID3v2ChapterTOCFrameData sub = tocById.get(child);
                assertFalse(sub.isRoot());
                assertTrue(sub.isOrdered());
                List<String> parts = new ArrayList<>();
                for (String part : sub.getChildren()) {
                    parts.add(titleById.get(part));
                }
                top.add(title(sub.getSubframes()) + " > " + parts);
            }
        }
        assertEquals(List.of("Caring for a Minor Burn", "Cool the burn", "Cool the burn > [Warning: Emergency]",
                "Cover the burn"), top);
    }

    /** A real client: ffmpeg's ID3 reader lists the CHAP frames with their times. */
    @Test
    void ffprobeReadsTheSectionsChapterOverTheTextAfterTheWarning() throws Exception {
        Assumptions.assumeTrue(onPath("ffprobe"), "ffprobe is not installed (apt-get install -y ffmpeg)");
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-show_chapters", "-of", "compact=p=0",
                file.toString()).redirectErrorStream(true).start();
        String listed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, listed);
        Matcher m = Pattern.compile("start_time=([0-9.]+)\\|end=\\d+\\|end_time=([0-9.]+)\\|tag:title=(.*)")
                .matcher(listed);
        Map<String, double[]> chapters = new LinkedHashMap<>();
        while (m.find()) {
            chapters.put(m.group(3).strip(), new double[] {Double.parseDouble(m.group(1)),
                    Double.parseDouble(m.group(2))});
        }
        assertFalse(chapters.keySet().stream().anyMatch(t -> t.contains("continued")), listed);
        double[] section = chapters.get("Cool the burn");
        assertTrue(section != null && section[0] * 1000 <= after.beginMs() && after.endMs() <= section[1] * 1000,
                "ffprobe's \"Cool the burn\" chapter holds the text after the warning (" + after + "):\n" + listed);
        assertTrue(chapters.containsKey("Warning: Emergency"), listed);
    }

    private static String title(List<ID3v2Frame> subframes) throws Exception {
        for (ID3v2Frame f : subframes) {
            if (f.getId().equals("TIT2")) {
                return new ID3v2TextFrameData(false, f.getData()).getText().toString();
            }
        }
        throw new AssertionError("chapter without a title");
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
