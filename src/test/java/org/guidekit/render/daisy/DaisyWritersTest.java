package org.guidekit.render.daisy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guidekit.model.Guide;
import org.guidekit.model.Section;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DAISY writers against our validation suite and the published RelaxNG schemas, with clip times laid out by
 * hand (one second per element) so the structure can be checked without synthesising speech. The end-to-end test
 * with real audio is {@code DaisyRendererTest}.
 */
class DaisyWritersTest {
    @TempDir
    Path dir;

    @Test
    void sampleGuideBookPassesOurChecksAndTheSchemas() throws Exception {
        Guide guide = MarkdownGuideReader.read(Fixtures.content("back-muscle-spasms.md"));
        Map<Path, Long> lengths = new HashMap<>();
        DaisyBook book = DaisyPlanner.plan(guide, chapters(guide, lengths), "guidekit test", "test voice");
        DaisyBookWriter.write(guide, book, "End of guide.", dir);
        List<String> problems = DaisyBookCheck.problems(dir, lengths::get);
        assertEquals(List.of(), problems);
        assertEquals(List.of(), DaisySchemas.errors(DaisySchemas.NCC, dir.resolve("ncc.html")));
        for (DaisyBook.SmilFile f : book.smilFiles()) {
            assertEquals(List.of(), DaisySchemas.errors(DaisySchemas.SMIL, dir.resolve(f.name())));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"back-muscle-spasms", "checking-blood-pressure-at-home"})
    void everySampleBookPassesTheSchemasAndTheirSchematronRules(String name) throws Exception {
        Guide guide = MarkdownGuideReader.read(Fixtures.content(name + ".md"));
        Map<Path, Long> lengths = new HashMap<>();
        DaisyBook book = DaisyPlanner.plan(guide, chapters(guide, lengths), "guidekit test", "test voice");
        DaisyBookWriter.write(guide, book, "End of guide.", dir);
        assertEquals(List.of(), DaisyBookCheck.problems(dir, lengths::get));
        assertEquals(List.of(), DaisySchemas.errors(DaisySchemas.NCC, dir.resolve("ncc.html")));
        assertEquals(List.of(), DaisySchematron.messages(DaisySchemas.NCC, dir.resolve("ncc.html")));
        for (DaisyBook.SmilFile f : book.smilFiles()) {
            assertEquals(List.of(), DaisySchemas.errors(DaisySchemas.SMIL, dir.resolve(f.name())));
            assertEquals(List.of(), DaisySchematron.messages(DaisySchemas.SMIL, dir.resolve(f.name())));
        }
    }

    @Test
    void theSchematronRulesAreFoundAndCatchWhatTheGrammarCannot() throws Exception {
        assertEquals(33, DaisySchematron.patternCount(DaisySchemas.NCC));
        assertEquals(7, DaisySchematron.patternCount(DaisySchemas.SMIL));
        sampleGuideBookPassesOurChecksAndTheSchemas();
        Path ncc = dir.resolve("ncc.html");
        // A wrong item count is well-formed and matches the grammar; only the embedded rules see it.
        Files.writeString(ncc, Files.readString(ncc).replaceFirst("name=\"ncc:tocItems\" content=\"\\d+\"",
                "name=\"ncc:tocItems\" content=\"99\""));
        assertEquals(List.of(), DaisySchemas.errors(DaisySchemas.NCC, ncc));
        List<String> errors = DaisySchematron.errors(DaisySchemas.NCC, ncc);
        assertEquals(1, errors.size(), errors.toString());
        org.junit.jupiter.api.Assertions.assertTrue(errors.get(0).contains("tocItems"), errors.get(0));
    }

    /** One chapter for the opening and one per section, with a clip per element id the content file carries. */
    private List<DaisyChapter> chapters(Guide guide, Map<Path, Long> lengths) throws IOException {
        List<DaisyChapter> chapters = new ArrayList<>();
        chapters.add(chapter("opening", guide.metadata().title(), 1, List.of("title", "subtitle", "organization",
                guide.intro().get(0).id()), chapters.size(), lengths));
        for (Section s : guide.allSections()) {
            List<String> ids = new ArrayList<>(List.of(s.id()));
            s.blocks().forEach(b -> ids.add(b.id()));
            chapters.add(chapter(s.id(), s.headingText(), s.level(), ids, chapters.size(), lengths));
        }
        return chapters;
    }

    private DaisyChapter chapter(String id, String title, int level, List<String> ids, int index,
                                 Map<Path, Long> lengths) throws IOException {
        String audio = String.format("s%03d.mp3", index + 1);
        List<DaisyClip> clips = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            clips.add(new DaisyClip(ids.get(i), i * 1000L, i * 1000L + 900));
        }
        Files.write(dir.resolve(audio), new byte[0]);
        lengths.put(dir.resolve(audio), ids.size() * 1000L);
        return new DaisyChapter(id, title, level, audio, ids.size() * 1000L, clips);
    }

    @Test
    void theSchemaCatchesAnNccWithoutTheTitleHeading() throws Exception {
        sampleGuideBookPassesOurChecksAndTheSchemas();
        Path ncc = dir.resolve("ncc.html");
        Files.writeString(ncc, Files.readString(ncc).replace("<h1 class=\"title\"", "<p class=\"title\"")
                .replaceFirst("</h1>", "</p>"));
        List<String> errors = DaisySchemas.errors(DaisySchemas.NCC, ncc);
        org.junit.jupiter.api.Assertions.assertFalse(errors.isEmpty(), "the schema must reject a <p> in the NCC body");
    }

    @Test
    void nccLinksToParsInsteadOfTheirTextAreCaught() throws Exception {
        sampleGuideBookPassesOurChecksAndTheSchemas();
        Path ncc = dir.resolve("ncc.html");
        Files.writeString(ncc, Files.readString(ncc).replaceAll("\\.smil#txt(\\d+)\"", ".smil#par$1\""));
        List<String> problems = DaisyBookCheck.problems(dir, f -> 100_000L);
        org.junit.jupiter.api.Assertions.assertFalse(problems.isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(problems.stream().allMatch(p -> p.contains("not to the <text>")),
                problems.toString());
    }

    @Test
    void brokenLinksAndTimesAreCaught() throws Exception {
        Guide guide = MarkdownGuideReader.read(Fixtures.content("back-muscle-spasms.md"));
        Map<Path, Long> lengths = new HashMap<>();
        List<DaisyChapter> chapters = chapters(guide, lengths);
        DaisyChapter first = chapters.get(0);
        List<DaisyClip> clips = new ArrayList<>(first.clips());
        clips.add(new DaisyClip("no-such-id", 10_000, 11_000));
        chapters.set(0, new DaisyChapter(first.id(), first.title(), 1, first.audioFile(), first.durationMs(), clips));
        DaisyBook book = DaisyPlanner.plan(guide, chapters, "guidekit test", "test voice");
        DaisyBookWriter.write(guide, book, "End of guide.", dir);
        List<String> problems = DaisyBookCheck.problems(dir, lengths::get);
        assertEquals(2, problems.size(), problems.toString());
    }
}
