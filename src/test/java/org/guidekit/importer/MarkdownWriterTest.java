package org.guidekit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.model.ModelPrinter;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word text that looks like Markdown must read back as the same text, and formatting as the same formatting. */
class MarkdownWriterTest {
    private static final List<String> TRICKY = List.of("1. not a list", "2) nor this", "# not a heading",
            "- not a bullet", "+ not one either", "> not a quote", "=== not a line", "a*b*c and 2 * 3",
            "snake_case_word and _x_", "<b>not html</b> and a < b > c", "&amp; stays as typed, & too",
            "[not a link](https://example.org)", "back\\slash", "`not code`", "| not | a | table |",
            "[!WARNING] not a callout", "100% sure!", "    four spaces");

    @Test
    void textThatLooksLikeMarkdownStaysText(@TempDir Path dir) {
        List<Part> parts = new ArrayList<>();
        for (String t : TRICKY) {
            parts.add(new Part.Para(List.of(Span.plain(t)), new ArrayList<>()));
        }
        Guide guide = readBack(dir, parts);
        List<String> texts = new ArrayList<>();
        guide.intro().forEach(b -> texts.add(org.guidekit.model.Inlines.plainText(
                ((org.guidekit.model.Paragraph) b).content())));
        List<String> expected = new ArrayList<>(TRICKY);
        expected.set(expected.size() - 1, "four spaces"); // leading spaces are layout, not text
        assertEquals(expected, texts);
    }

    @Test
    void boldAndItalicRunsKeepTheirShapeNextToPunctuation(@TempDir Path dir) {
        List<Part> parts = List.of(
                para(new Span("Note:", true, false, null), Span.plain("Take it.")),
                para(Span.plain("say "), new Span("\"no\"", true, false, null), Span.plain("!")),
                para(new Span("bold ", true, false, null), new Span("both", true, true, null),
                        new Span(" italic", false, true, null)),
                para(Span.plain("a"), new Span("(b)", false, true, null), Span.plain("c")),
                para(new Span("Call ", false, false, "tel:911"), new Span("911", true, false, "tel:911"),
                        Span.plain(" now"), Span.lineBreak(), Span.plain("1. second line")));
        String model = ModelPrinter.print(readBack(dir, parts)).replaceAll("(?m)^(Guide|  title|  language).*\\n", "");
        // Punctuation beside a letter moves outside the marks; spaces always do (Markdown needs both).
        assertEquals("""
                  Paragraph #intro-p1 @4 [Strong [Text "Note"], Text ":Take it."]
                  Paragraph #intro-p2 @6 [Text "say ", Strong [Text "\\"no\\""], Text "!"]
                  Paragraph #intro-p3 @8 [Strong [Text "bold ", Emph [Text "both"]], Text " ", Emph [Text "italic"]]
                  Paragraph #intro-p4 @10 [Text "a(", Emph [Text "b"], Text ")c"]
                  Paragraph #intro-p5 @12 [Link "tel:911" [Text "Call ", Strong [Text "911"]], Text " now", LineBreak, Text "1. second line"]
                """, model);
    }

    private static Part para(Span... spans) {
        return new Part.Para(List.of(spans), new ArrayList<>());
    }

    private static Guide readBack(Path dir, List<Part> parts) {
        String md = MarkdownWriter.write(FrontMatterLines.of("Test: \"quoted\" # title", null, null, null), parts);
        Path file = Fixtures.write(dir, "t.md", md);
        Guide g = MarkdownGuideReader.read(file);
        assertEquals("Test: \"quoted\" # title", g.metadata().title(), md);
        return g;
    }
}
