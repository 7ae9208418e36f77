package org.guidekit.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.guidekit.error.ExitCode;
import org.guidekit.error.UsageException;
import org.guidekit.library.GuideOutcome.Status;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promises about builds, one test each: nothing lost, nothing written outside the output folder, a
 * damaged manifest never fails a build, one broken guide never stops the others, and what was recorded as built
 * is exactly what was rendered.
 */
class BuildPromisesTest {
    @TempDir
    Path dir;
    Path content;
    Path out;
    DumpRenderer renderer = new DumpRenderer();

    @BeforeEach
    void library() {
        content = dir.resolve("content");
        out = dir.resolve("output");
        for (String name : List.of("a", "b", "c")) {
            Fixtures.guide(content, name + ".md", "## Part\n\nText of " + name + ".\n");
        }
    }

    private LibraryBuild loop(boolean force, DumpRenderer... renderers) {
        return new LibraryBuild(List.of(renderers), RenderOptions.defaults(), out, 2, force, true,
                BuildListener.NONE);
    }

    private List<GuideOutcome> build(Path folder, boolean force) {
        return loop(force, renderer).build(folder);
    }

    @Test
    void aGuideWhoseNameMakesNoPlainFolderIsRefusedByRenderAsByBuild() {
        for (String name : List.of("..md", ".md", "...md", ".hidden.md", " .md")) {
            Path file = Fixtures.guide(dir.resolve("odd"), name, "## Part\n\nText.\n");
            List<GuideOutcome> o = loop(true, renderer).render(List.of(file));
            assertEquals(Status.FAILED, o.get(0).status(), name);
            assertTrue(o.get(0).failure().orElseThrow().getMessage().contains("rename the file to a plain name"),
                    o.get(0).failure().orElseThrow().getMessage());
        }
        assertFalse(Files.exists(out), "nothing written, not even the lock");
        assertEquals(List.of(), renderer.rendered);
    }

    @Test
    void aDamagedManifestMeansStartingAfresh() throws IOException {
        build(content, false);
        Path manifest = StateFolder.of(out).resolve(BuildManifest.FILE_NAME);
        String good = Files.readString(manifest);
        for (String damage : List.of(good.replaceFirst("\t[0-9]+\t", "\tNaN\t"), good.replace("%", "%zz"),
                "guidekit-manifest 99\nwhatever\n", good + "format\ta\n")) {
            Files.writeString(manifest, damage);
            renderer.rendered.clear();
            List<GuideOutcome> outcomes = build(content, false);
            assertTrue(outcomes.stream().noneMatch(o -> o.status() == Status.FAILED), damage);
        }
    }

    @Test
    void aManifestRecordNamingSomethingOutsideItsGuideFolderIsDropped() throws IOException {
        build(content, false);
        Path victim = Fixtures.write(dir, "victim.txt", "keep me");
        Path manifest = StateFolder.of(out).resolve(BuildManifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest) + "guide\t..\tx.md\tX\nformat\t..\tdump\tf\t"
                + "..%2Fvictim.txt\t7\t0\nguide\tz\tz.md\tZ\nformat\tz\tdump\tf\tz%2F..%2F..%2Fvictim.txt\t7\t0\n");
        build(content, false); // "z" is gone from content/, so its files would be deleted
        assertTrue(Files.exists(victim), "a manifest must never make the build delete outside the output folder");
    }

    @Test
    void anotherContentFolderNeverDeletesTheOutputsSilently() throws IOException {
        build(content, false);
        Path other = dir.resolve("other");
        Fixtures.guide(other, "x.md", "## Part\n\nText of x.\n");
        UsageException e = assertThrows(UsageException.class, () -> build(other, false));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains(content.toAbsolutePath().toString())
                && e.getMessage().contains(other.toAbsolutePath().toString()) && e.getMessage().contains("--force"),
                e.getMessage());
        assertTrue(Files.exists(out.resolve("a/a.txt")), "nothing deleted");
        build(other, true);
        assertFalse(Files.exists(out.resolve("a")), "--force replaces them");
        assertTrue(Files.exists(out.resolve("x/x.txt")));
    }

    @Test
    void aContentFolderWithNoGuidesNeverEmptiesTheOutput() throws IOException {
        build(content, false);
        for (String name : List.of("a", "b", "c")) {
            Files.delete(content.resolve(name + ".md"));
        }
        UsageException e = assertThrows(UsageException.class, () -> build(content, false));
        assertTrue(e.getMessage().contains("holds no guides"), e.getMessage());
        assertTrue(Files.exists(out.resolve("a/a.txt")));
    }

    @Test
    void theFingerprintDescribesTheBytesThatWereRendered() throws IOException {
        DumpRenderer first = new DumpRenderer("first");
        DumpRenderer second = new DumpRenderer("second");
        Path a = content.resolve("a.md");
        first.during = g -> {
            if (g.name().equals("a")) {
                try { // the nurse saves an edit while the build runs
                    Files.writeString(a, Files.readString(a).replace("Text of a.", "Text of a, edited."));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        loop(false, first, second).build(content);
        first.during = g -> { };
        second.rendered.clear();
        loop(false, first, second).build(content);
        assertEquals(List.of("a"), second.rendered, "the edit must be rendered by the next build");
        String text = Files.readString(out.resolve("a/a.second.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("edited"), text);
    }

    @Test
    void aBugInOneGuideIsReportedForItAndTheOthersAreBuilt() {
        renderer.crashFor.add("b");
        List<GuideOutcome> outcomes = build(content, false);
        GuideOutcome b = outcomes.get(1);
        assertEquals(Status.FAILED, b.status());
        assertEquals(ExitCode.INTERNAL, b.failure().orElseThrow().exitCode());
        assertTrue(b.failure().orElseThrow().getMessage().contains("internal error (StackOverflowError)"));
        assertEquals(List.of("a", "c"), renderer.rendered.stream().sorted().toList());
    }

    @Test
    void guidesInSubfoldersUseTheSharedListsOfTheContentRoot() throws IOException {
        Files.writeString(content.resolve("pronunciations.yaml"), "baclofen: BACK-low-fen\n");
        Path sub = Fixtures.guide(content.resolve("heart"), "h.md", "## Part\n\nTake baclofen.\n");
        RenderOptions[] seen = new RenderOptions[1];
        DumpRenderer recording = new DumpRenderer() {
            @Override
            public org.guidekit.render.Rendition render(org.guidekit.model.Guide guide, RenderOptions options,
                                                        Path guideDir) {
                if (guide.name().equals("h")) {
                    seen[0] = options;
                }
                return super.render(guide, options, guideDir);
            }
        };
        loop(false, recording).build(content);
        assertEquals("BACK-low-fen", seen[0].sharedPronunciations().get("baclofen"));
        seen[0] = null;
        loop(true, recording).render(List.of(sub));
        assertEquals("BACK-low-fen", seen[0].sharedPronunciations().get("baclofen"), "render finds the root too");
    }
}
