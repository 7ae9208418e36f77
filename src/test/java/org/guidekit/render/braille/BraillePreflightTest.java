package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.ReadResult;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The braille preflight, which checks the paragraphs' characters without translating them and lays out no pages,
 * refuses exactly what translating and laying out the pages refuses: the same message at the same line, or nothing.
 */
class BraillePreflightTest {
    @TempDir
    Path dir;

    /** Characters some table has no braille for, in every kind of element, alone and in pairs (the first wins). */
    private static final List<String> BODIES = List.of(
            "Plain text. Nothing to refuse here.\n",
            "A box ☐ in a paragraph.\n",
            "## A box ☐ in a heading\n\nText.\n",
            "Text.\n\n- one item\n- a box ☐ in an item\n",
            "Text.\n\n1. first\n   - nested ✅ item\n",
            "| Dose | Time |\n|---|---|\n| 1 ☐ | 8 am |\n",
            "| Dose | Time |\n|---|---|\n| one tablet with a long explanation of the reason ✅ | 8 am |\n",
            "> [!WARNING]\n> A warning ✅ inside a callout.\n",
            "A box ☐ first.\n\n## Then a heading ✅\n\nText.\n",
            "## A heading ✅ first\n\nThen a box ☐ in a paragraph.\n",
            "Some **bold ☐ text** and *italic ✅* here, see www.example.org.\n",
            "See www.example.org ✅ and [the page](https://example.org/a) today.\n",
            "Text with a Chinese 字 character and a ☐ box.\n",
            "Words of a leaflet. ".repeat(400) + "And a box ☐ at the end of a long paragraph.\n");

    /** Rendering without print page numbers: they add only letters, digits and dots 36, which every table has. */
    private static final org.guidekit.render.PrintPages NO_PRINT_PAGES = new org.guidekit.render.PrintPages(1,
            List.of());

    @ParameterizedTest
    @CsvSource({"en-US, 2", "en-US, 1", "fr, 2", "fr, 1", "es, 1"})
    void refusesWhatRenderingRefusesInEveryElementAndTable(String language, int grade) {
        assumeTrue(Liblouis.unavailable() == null, "liblouis runs here");
        int n = 0;
        for (String body : BODIES) {
            Path file = Fixtures.write(dir, "guide" + n++ + ".md", "---\ntitle: A guide\nlanguage: " + language
                    + "\n---\n" + body);
            Guide guide = MarkdownGuideReader.read(file);
            RenderOptions options = BrailleRendererTest.options(grade, 40, 25);
            assertEquals(refusal(() -> BrailleRenderer.pages(guide, options, NO_PRINT_PAGES)),
                    refusal(() -> new BrailleRenderer(new org.guidekit.render.pdf.LargePrintPdfRenderer()).preflight(guide, options)), language + " " + body);
        }
    }

    /** Every guide of the corpus: the same refusal, or none, as rendering (the corpus has both). */
    @Test
    void refusesWhatRenderingRefusesOnTheCorpus() throws IOException {
        assumeTrue(Liblouis.unavailable() == null, "liblouis runs here");
        List<Path> guides;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/corpus"))) {
            guides = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("README"))
                    .sorted().toList();
        }
        List<String> refused = new ArrayList<>();
        for (Path file : guides) {
            ReadResult read = MarkdownGuideReader.readAll(file);
            if (read.guide().isEmpty() || !read.problems().isEmpty()
                    || new BrailleRenderer(new org.guidekit.render.pdf.LargePrintPdfRenderer()).unsupported(read.guide().get()).isPresent()) {
                continue;
            }
            Guide guide = read.guide().get();
            String rendering = refusal(() -> BrailleRenderer.pages(guide, RenderOptions.defaults(), NO_PRINT_PAGES));
            assertEquals(rendering, refusal(() -> new BrailleRenderer(new org.guidekit.render.pdf.LargePrintPdfRenderer()).preflight(guide, RenderOptions.defaults())),
                    file.toString());
            if (!rendering.isEmpty()) {
                refused.add(rendering);
            }
        }
        // Since check boxes became braille (U+2610), no corpus guide is refused; the refusals are compared by
        // refusesWhatRenderingRefusesInEveryElementAndTable on hostile bodies in every table.
        assertTrue(refused.isEmpty(), "a corpus guide braille refuses: " + refused);
    }

    /** The preflight lays out no pages: the page numbers it does not translate (p, 0-9) are in every table. */
    @ParameterizedTest
    @CsvSource({"en-US, 2", "en-US, 1", "fr, 2", "fr, 1", "es, 1"})
    void everyTableTranslatesThePageNumbers(String language, int grade) {
        assumeTrue(Liblouis.unavailable() == null, "liblouis runs here");
        LiblouisTranslator translator = new LiblouisTranslator(Liblouis.get(),
                BrailleTable.forLanguage(language, grade).orElseThrow());
        assertFalse(translator.translate(List.of(Span.text("p0123456789"))).isEmpty());
    }

    private static String refusal(Runnable run) {
        try {
            run.run();
            return "";
        } catch (RenderException e) {
            return e.problem().map(p -> p.line() + ": " + p.message()).orElse(e.getMessage());
        }
    }
}
