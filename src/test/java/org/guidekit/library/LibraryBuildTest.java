package org.guidekit.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.guidekit.library.GuideOutcome.Status;
import org.guidekit.error.OutputException;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental, parallel, robust library builds, observed through a recording renderer. */
class LibraryBuildTest {
    @TempDir
    Path dir;
    Path content;
    Path out;
    DumpRenderer renderer = new DumpRenderer();

    @BeforeEach
    void library() {
        content = dir.resolve("content");
        out = dir.resolve("output");
        for (String name : List.of("a", "b", "c", "d")) {
            Fixtures.guide(content, name + ".md", "## Part\n\nText of " + name + ".\n");
        }
    }

    private List<GuideOutcome> build(boolean force) {
        return new LibraryBuild(List.of(renderer), RenderOptions.defaults(), out, 2, force, true, BuildListener.NONE)
                .build(content);
    }

    @Test
    void firstBuildRendersEveryGuideInParallelAndWritesAnIndex() throws IOException {
        List<GuideOutcome> outcomes = build(false);
        assertEquals(4, outcomes.stream().filter(o -> o.status() == Status.RENDERED).count());
        assertTrue(Files.exists(out.resolve("c/c.txt")));
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<h2 id=\"a\">Test guide</h2>"), index);
    }

    @Test
    void unchangedGuidesAreSkipped() {
        build(false);
        renderer.rendered.clear();
        List<GuideOutcome> outcomes = build(false);
        assertEquals(List.of(), renderer.rendered);
        assertTrue(outcomes.stream().allMatch(o -> o.status() == Status.SKIPPED));
    }

    @Test
    void editingOneGuideRerendersOnlyThatGuide() {
        build(false);
        renderer.rendered.clear();
        Fixtures.guide(content, "b.md", "## Part\n\nNew text.\n");
        build(false);
        assertEquals(List.of("b"), renderer.rendered);
    }

    @Test
    void changingAnImageRerendersItsGuide() throws IOException {
        Fixtures.png(content, "images/p.png");
        Fixtures.guide(content, "a.md", "![A person stretching a leg](images/p.png)\n");
        build(false);
        renderer.rendered.clear();
        Files.write(content.resolve("images/p.png"), Files.readAllBytes(content.resolve("images/p.png")),
                java.nio.file.StandardOpenOption.APPEND);
        build(false);
        assertEquals(List.of("a"), renderer.rendered);
    }

    @Test
    void sharedPronunciationListChangeRerendersEverything() {
        build(false);
        renderer.rendered.clear();
        Fixtures.write(content, "pronunciations.yaml", "baclofen: BACK-low-fen\n");
        build(false);
        assertEquals(4, renderer.rendered.size());
    }

    @Test
    void deletedOutputFilesAreRenderedAgain() throws IOException {
        build(false);
        renderer.rendered.clear();
        Files.delete(out.resolve("d/d.txt"));
        build(false);
        assertEquals(List.of("d"), renderer.rendered);
    }

    @Test
    void outputChangedSinceTheBuildIsRenderedAgain() throws IOException {
        build(false);
        renderer.rendered.clear();
        Files.writeString(out.resolve("a/a.txt"), "written by guidekit render with other options");
        build(false);
        assertEquals(List.of("a"), renderer.rendered);
    }

    @Test
    void namesWithTabsBarsAndSymbolsSurviveTheManifest() {
        Fixtures.write(content, "we ird|na$me #1.md", "---\ntitle: \"A\\ttitle\"\n---\nText.\n");
        build(false);
        renderer.rendered.clear();
        build(false);
        assertEquals(List.of(), renderer.rendered);
    }

    @Test
    void hiddenFoldersAreNotContent() {
        Fixtures.guide(content, ".backup/old.md", "Old text.\n");
        List<GuideOutcome> outcomes = build(false);
        assertTrue(outcomes.stream().noneMatch(o -> o.source().toString().contains(".backup")));
    }

    @Test
    void aGuideWithSpamLinksIsRefusedBeforeAnythingIsWritten() {
        Fixtures.guide(content, "spam.md", "Buy now at [our pharmacy](https://cheap-pills-online.example.com/buy).\n");
        List<GuideOutcome> outcomes = build(false);
        GuideOutcome spam = outcomes.stream().filter(o -> o.source().toString().endsWith("spam.md")).findFirst()
                .orElseThrow();
        assertEquals(Status.FAILED, spam.status());
        assertTrue(spam.failure().orElseThrow().getMessage().contains("[link-host]"),
                spam.failure().orElseThrow().getMessage());
        assertFalse(Files.exists(out.resolve("spam")));
    }

    @Test
    void aRefusedGuideSaysItsPreviousVersionIsStillPublished() {
        build(false);
        Fixtures.write(content, "b.md", "no front matter any more\n");
        GuideOutcome b = build(false).get(1);
        assertEquals(Status.FAILED, b.status());
        assertTrue(b.notes().stream().anyMatch(n -> n.contains("the previous version is still in")), b.toString());
        assertTrue(Files.exists(out.resolve("b/b.txt")), "nothing is deleted because of a typo");
    }

    @Test
    void aFormatAGuideCanNoLongerHaveIsRemovedWithANote() {
        build(false);
        renderer.unsupportedFor.add("c");
        GuideOutcome c = build(false).get(2);
        assertFalse(Files.exists(out.resolve("c/c.txt")), "the old output must not stay published");
        assertTrue(c.notes().get(0).contains("no dump for this guide (not for this guide); the earlier dump output "
                + "was removed"), c.notes().toString());
    }

    @Test
    void theSameFileNamedTwiceIsRenderedOnce() {
        Path a = content.resolve("a.md");
        assertEquals(1, GuideFiles.distinct(List.of(a, content.resolve("./a.md"))).size());
    }

    @Test
    void forceRerendersEverything() {
        build(false);
        renderer.rendered.clear();
        build(true);
        assertEquals(4, renderer.rendered.size());
    }

    @Test
    void outputsOfDeletedGuidesAreRemoved() throws IOException {
        build(false);
        Files.delete(content.resolve("c.md"));
        build(false);
        assertFalse(Files.exists(out.resolve("c")));
        assertFalse(Files.readString(out.resolve("index.html")).contains("id=\"c\""));
    }

    @Test
    void aBrokenGuideIsReportedAndTheOthersAreBuilt() {
        Fixtures.write(content, "b.md", "no front matter\n");
        renderer.failFor.add("c");
        List<GuideOutcome> outcomes = build(false);
        assertEquals(List.of(Status.RENDERED, Status.FAILED, Status.FAILED, Status.RENDERED),
                outcomes.stream().map(GuideOutcome::status).toList());
        assertTrue(outcomes.get(1).failure().orElseThrow().getMessage().contains("b.md:1:"));
    }

    @Test
    void anInterruptedBuildResumesWhereItStopped() {
        renderer.failFor.add("c");
        renderer.failFor.add("d");
        build(false);
        renderer.rendered.clear();
        renderer.failFor.clear();
        build(false);
        assertEquals(List.of("c", "d"), renderer.rendered.stream().sorted().toList());
    }

    @Test
    void leftoverTempFilesAreRemoved() throws IOException {
        Files.createDirectories(out.resolve("a"));
        Files.writeString(out.resolve("a/.a.pdf.part"), "half");
        build(false);
        assertFalse(Files.exists(out.resolve("a/.a.pdf.part")));
    }

    @Test
    void twoBuildsOnOneOutputFolderAreRefused() {
        try (OutputLock held = OutputLock.acquire(out)) {
            OutputException e = assertThrows(OutputException.class, () -> build(false));
            assertTrue(e.getMessage().contains("another guidekit build is writing to this folder"), e.getMessage());
        }
    }

    @Test
    void guidesWithTheSameNameInTwoFoldersAreRefused() {
        Fixtures.guide(content, "more/a.md", "Other text.\n");
        List<GuideOutcome> outcomes = build(false);
        GuideOutcome dup = outcomes.stream().filter(o -> o.source().toString().contains("more")).findFirst()
                .orElseThrow();
        assertEquals(Status.FAILED, dup.status());
        assertTrue(dup.failure().orElseThrow().getMessage().contains("has the same file name"));
    }
}
