package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Line filling: ragged right, never a split word, long addresses broken after '/' or '.'. */
class LineBreakerTest {
    private static final float SIZE = 18f;
    private static PDDocument doc;
    private static PdfResources measure;

    @BeforeAll
    static void fonts() throws IOException {
        doc = new PDDocument();
        measure = new PdfResources(doc, FontFace.bundled(false), FontFace.bundled(true));
    }

    @AfterAll
    static void close() throws IOException {
        measure.close();
        doc.close();
    }

    private static List<String> lines(String text, float width) {
        StructNode p = StructNode.document().add("P");
        return LineBreaker.lines(InlineFlow.words(text, p, false), measure, SIZE, width).runs().stream()
                .map(runs -> new Mark.TextLine(0, 0, SIZE, runs).text()).toList();
    }

    @Test
    void wordsAreNeverSplit() {
        String text = "Gentle stretches keep your back from getting stiff. Move slowly and stop if a stretch hurts.";
        List<String> lines = lines(text, 200);
        assertTrue(lines.size() > 2);
        for (String line : lines) {
            assertTrue(measure.width(line.strip(), false, SIZE) <= 200, line);
        }
        assertEquals(text, String.join("", lines));
    }

    @Test
    void aLongAddressBreaksAfterSlashOrDot() {
        String url = "https://www.example.org/patients/handouts/back-care/very-long-path/with-more-parts/index.html";
        List<String> lines = lines("See " + url + " today", 250);
        String joined = String.join("", lines);
        assertEquals("See " + url + " today", joined);
        List<String> urlLines = lines.stream().filter(l -> !l.startsWith("See") && !l.startsWith("today")).toList();
        assertTrue(urlLines.size() > 2, "the address should need several lines: " + lines);
        for (int i = 0; i < urlLines.size() - 1; i++) {
            String l = urlLines.get(i);
            assertTrue(l.endsWith("/") || l.endsWith(".") || l.endsWith("?") || l.endsWith("&"),
                    "line breaks inside the address at: " + l);
            assertTrue(measure.width(l, false, SIZE) <= 250, l);
        }
    }

    @Test
    void aWordLongerThanTheLineGetsAVisibleHyphenAndUsesTheRestOfTheLine() {
        String token = "x".repeat(60);
        StructNode p = StructNode.document().add("P");
        var broken = LineBreaker.lines(InlineFlow.words("Word " + token, p, false), measure, SIZE, 200);
        List<String> lines = broken.runs().stream().map(r -> new Mark.TextLine(0, 0, SIZE, r).text()).toList();
        assertTrue(lines.get(0).startsWith("Word x"), "the rest of the first line is used: " + lines);
        for (int i = 0; i < lines.size() - 1; i++) {
            assertTrue(lines.get(i).endsWith("x-"), lines.get(i));
            List<Run> runs = broken.runs().get(i);
            assertEquals(null, runs.get(runs.size() - 1).owner(), "the hyphen is an artifact, not the word's text");
            assertTrue(broken.glued().get(i), "a page must not break inside the word");
        }
        assertEquals("Word " + token, String.join("", lines).replace("-", ""));
        lines.forEach(l -> assertTrue(measure.width(l, false, SIZE) <= 200, l));
    }

    @Test
    void piecesOfInformationAreNeverSplit() {
        String text = "Take 40 mg at 8:00 a.m., call 555-201-3344 or (555) 201-3345, and if it gets worse call 911."
                + " Keep it below 120/80 mmHg and 100.4 °F.";
        for (float width = 170; width <= 400; width += 7) {
            String joined = String.join("\n", lines(text, width));
            for (String piece : List.of("40 mg", "8:00 a.m.", "(555) 201-3345", "call 911", "120/80 mmHg",
                    "100.4 °F")) {
                assertTrue(joined.contains(piece), piece + " split at width " + width + ": " + joined);
            }
        }
    }
}
