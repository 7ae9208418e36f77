package org.guidekit.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.guidekit.library.Renderers;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27: a Spanish leaflet's EPUB carries its espeak-ng audio as media overlays and passes EPUBCheck without
 * errors or warnings. Skipped, saying why, where espeak-ng is not installed.
 */
class SpanishEpubWithAudioTest {
    @TempDir
    Path out;

    @Test
    void theSpanishBookWithMediaOverlaysPassesEpubCheck() throws Exception {
        Guide guide = MarkdownGuideReader.read(Path.of("src/test/resources/corpus/es/plan-asma.md"));
        try (Renderers renderers = Renderers.open()) {
            var epub = renderers.byFormat("epub").orElseThrow();
            boolean spoken = renderers.byFormat("audio").orElseThrow().unsupported(guide).isEmpty();
            if (!spoken) {
                System.out.println("SpanishEpubWithAudioTest skipped: "
                        + renderers.byFormat("audio").orElseThrow().unsupported(guide).get());
            }
            assumeTrue(spoken, "espeak-ng is not installed");
            epub.render(guide, RenderOptions.defaults(), out);
        }
        Path book = out.resolve("plan-asma.epub");
        assertEquals(List.of(), EpubCheckRun.problems(book));
        Map<String, byte[]> entries = EpubRendererTest.read(book);
        assertTrue(entries.keySet().stream().anyMatch(n -> n.endsWith(".smil")), entries.keySet().toString());
        String opf = new String(entries.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("synchronizedAudioText"), "announced as read aloud");
        assertTrue(opf.contains("<dc:language>es-"), "in Spanish");
    }
}
