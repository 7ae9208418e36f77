package org.guidekit.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.guidekit.render.RenderOptions;
import org.guidekit.library.Renderers;
import org.guidekit.testing.Browser;
import org.guidekit.testing.Fixtures;
import org.guidekit.testing.SampleEditions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * output/index.html: the clinic's title and introduction, guides sorted by title with a description and their
 * language, the read-along page first; and output/ holds only what may be published.
 */
@Order(1) // slow: starts first (junit-platform.properties)
class LibraryPageTest {
    @TempDir
    Path dir;

    private Path build(Path content, Path out) {
        try (Renderers renderers = Renderers.open()) {
            List<org.guidekit.render.Renderer> formats = List.of(renderers.byFormat("pdf").orElseThrow(),
                    renderers.byFormat("web").orElseThrow());
            List<GuideOutcome> outcomes = new LibraryBuild(formats, RenderOptions.defaults(), out, 2, false, true,
                    BuildListener.NONE).build(content);
            outcomes.forEach(o -> assertEquals(GuideOutcome.Status.RENDERED, o.status(), o.toString()));
        }
        return out.resolve("index.html");
    }

    private Path content() {
        Path content = dir.resolve("content");
        Fixtures.write(content, "guidekit.yaml", "library-title: Riverside patient guides\n"
                + "library-introduction: Guides to read, print or listen to.\n");
        Fixtures.write(content, "zinc.md", "---\ntitle: Zinc tablets\nsummary: How and when to take zinc.\n---\n"
                + "Zinc helps wounds heal. Take it with food.\n");
        Fixtures.write(content, "asthma.md", "---\ntitle: asthma at home\n---\nAsthma makes breathing hard. "
                + "This guide helps.\n");
        SampleEditions.spanish(content);
        return content;
    }

    @Test
    void titleIntroductionOrderDescriptionsAndLanguages() throws IOException {
        String html = Files.readString(build(content(), dir.resolve("out")));
        assertTrue(html.contains("<title>Riverside patient guides</title>"), html);
        assertTrue(html.contains("<h1>Riverside patient guides</h1>\n<p>Guides to read, print or listen to.</p>"));
        int asthma = html.indexOf(">asthma at home</h2>");
        int dolor = html.indexOf(">Dolor de espalda</h2>");
        int zinc = html.indexOf(">Zinc tablets</h2>");
        assertTrue(asthma > 0 && asthma < dolor && dolor < zinc, "sorted by title, case aside");
        assertTrue(html.contains("<p class=\"about\">Asthma makes breathing hard.</p>"), html);
        assertTrue(html.contains("<p class=\"about\">How and when to take zinc.</p>"), "summary: wins");
        assertTrue(html.contains("<h2 id=\"dolor-de-espalda\" lang=\"es-ES\">"), html);
        assertTrue(html.contains("<p class=\"language\">In Spanish (<span lang=\"es-ES\">español</span>)</p>"), html);
        String dolorPart = html.substring(dolor, zinc);
        assertTrue(dolorPart.indexOf("Read and listen (web page)") < dolorPart.indexOf("Large-print handout (PDF)"),
                "the read-along page comes first");
        assertTrue(dolorPart.contains("dolor-de-espalda/index.html"), dolorPart);
    }

    @Test
    void theOutputFolderHoldsOnlyWhatMayBePublished() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        // An older guidekit kept its manifest and lock here.
        Files.writeString(out.resolve(BuildManifest.FILE_NAME), "guidekit-manifest 3\n");
        Files.writeString(out.resolve(OutputLock.FILE_NAME), "");
        build(content(), out);
        try (Stream<Path> all = Files.walk(out)) {
            List<String> hidden = all.map(p -> out.relativize(p).toString())
                    .filter(p -> p.startsWith(".") || p.contains("/.")).toList();
            assertEquals(List.of(), hidden, "no build state or temp file in the published folder");
        }
        assertTrue(Files.isRegularFile(dir.resolve(".guidekit-state/out").resolve(BuildManifest.FILE_NAME)));
        // The next build is incremental from the state folder.
        try (Renderers renderers = Renderers.open()) {
            List<GuideOutcome> again = new LibraryBuild(List.of(renderers.byFormat("pdf").orElseThrow(),
                    renderers.byFormat("web").orElseThrow()), RenderOptions.defaults(), out, 2, false, true,
                    BuildListener.NONE).build(dir.resolve("content"));
            again.forEach(o -> assertEquals(GuideOutcome.Status.SKIPPED, o.status(), o.toString()));
        }
        assertFalse(Files.exists(out.resolve(BuildManifest.FILE_NAME)));
    }

    @Test
    void theLibraryPageHasNoAxeViolations() {
        Path out = dir.resolve("out");
        build(content(), out);
        try (Browser browser = Browser.serving(out, true)) {
            for (String scheme : List.of("light", "dark")) {
                browser.colorScheme(scheme);
                browser.open("index.html");
                assertEquals(List.of(), browser.axeViolations(), "library page, " + scheme);
                browser.open("dolor-de-espalda/index.html");
                assertEquals(List.of(), browser.axeViolations(), "a page without audio, " + scheme);
            }
        }
    }
}
