package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Rendition;
import org.guidekit.testing.Fixtures;
import org.guidekit.render.pdf.LargePrintPdfRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The BRF and PEF files of real guides: page geometry, character set, PEF schema, BRF = PEF, determinism. */
class BrailleRendererTest {
    @TempDir
    Path dir;

    static RenderOptions options(int grade, int cells, int lines) {
        RenderOptions d = RenderOptions.defaults();
        return new RenderOptions(d.paper(), d.bodySize(), d.font(), d.boldFont(), d.wordsPerMinute(), d.pitch(),
                d.sharedPronunciations(), d.zip(), d.progress(), grade, cells, lines);
    }

    @ParameterizedTest
    @CsvSource({"back-muscle-spasms, 2, 40, 25", "checking-blood-pressure-at-home, 2, 40, 25",
            "checking-blood-pressure-at-home, 1, 32, 20", "back-muscle-spasms, 2, 20, 10",
            "checking-blood-pressure-at-home, 2, 16, 5", "back-muscle-spasms, 1, 100, 100"})
    void everyLineFitsEveryPageFitsOnlyAsciiBrailleAndThePefIsValidAndTheSame(String name, int grade, int cells,
                                                                              int lines) throws Exception {
        Guide guide = MarkdownGuideReader.read(Fixtures.content(name + ".md"));
        Rendition r = new BrailleRenderer(new LargePrintPdfRenderer()).render(guide, options(grade, cells, lines), dir);
        Path brf = dir.resolve(name + ".brf");
        Path pef = dir.resolve(name + ".pef");
        assertEquals(List.of(brf, pef), r.files());

        String text = Files.readString(brf, StandardCharsets.US_ASCII);
        String[] pages = text.split("\f", -1);
        assertTrue(pages.length >= 2, "a title page and the body");
        for (int p = 0; p < pages.length; p++) {
            assertTrue(pages[p].endsWith("\r\n"), "page " + (p + 1) + " ends its last line");
            String[] rows = pages[p].split("\r\n", -1);
            assertEquals(lines, rows.length - 1, "lines on page " + (p + 1));
            for (String row : rows) {
                assertTrue(row.length() <= cells, "line longer than " + cells + ": " + row);
                for (char c : row.toCharArray()) {
                    assertTrue(AsciiBraille.CELLS.indexOf(c) >= 0 && !Character.isLowerCase(c),
                            "not North American ASCII braille: '" + c + "' in " + row);
                }
            }
            String number = rows[lines - 1];
            assertTrue(number.matches(".*(^| {3,})P?#[A-J]+"), "page number at the right: " + number);
        }

        assertEquals(List.of(), PefSchema.errors(pef));
        List<List<String>> pefPages = PefCheck.pages(pef);
        assertEquals(pages.length, pefPages.size());
        for (int p = 0; p < pages.length; p++) {
            List<String> brfRows = Arrays.asList(pages[p].split("\r\n"));
            assertEquals(brfRows, pefPages.get(p), "PEF page " + (p + 1) + " differs from the BRF");
        }
    }

    @Test
    void thePefCarriesTitleLanguageIdentifierAndDate() throws Exception {
        Guide guide = MarkdownGuideReader.read(Fixtures.content("back-muscle-spasms.md"));
        new BrailleRenderer(new LargePrintPdfRenderer()).render(guide, RenderOptions.defaults(), dir);
        String pef = Files.readString(dir.resolve("back-muscle-spasms.pef"));
        assertTrue(pef.contains("xmlns=\"http://www.daisy.org/ns/2008/pef\""), pef);
        assertTrue(pef.contains("<dc:title>Relieving Back Muscle Spasms</dc:title>"), pef);
        assertTrue(pef.contains("<dc:language>en-US</dc:language>"), pef);
        assertTrue(pef.matches("(?s).*<dc:identifier>guidekit:back-muscle-spasms:[0-9a-f]{16}</dc:identifier>.*"));
        assertTrue(pef.contains("<dc:date>2026-10-01</dc:date>"), pef);
        assertTrue(pef.contains("<volume cols=\"40\" rows=\"25\" rowgap=\"0\" duplex=\"false\">"), pef);
    }

    @Test
    void theSameGuideGivesTheSameBytes(@TempDir Path other) throws Exception {
        Guide guide = MarkdownGuideReader.read(Fixtures.content("checking-blood-pressure-at-home.md"));
        new BrailleRenderer(new LargePrintPdfRenderer()).render(guide, RenderOptions.defaults(), dir);
        new BrailleRenderer(new LargePrintPdfRenderer()).render(MarkdownGuideReader.read(Fixtures.content(
                "checking-blood-pressure-at-home.md")), RenderOptions.defaults(), other);
        for (String f : List.of("checking-blood-pressure-at-home.brf", "checking-blood-pressure-at-home.pef")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(other.resolve(f)), f);
        }
    }

    @Test
    void gradeOneIsUncontracted() {
        Guide guide = MarkdownGuideReader.read(Fixtures.content("back-muscle-spasms.md"));
        String g2 = BrailleProof.brf(guide, options(2, 40, 25));
        String g1 = BrailleProof.brf(guide, options(1, 40, 25));
        assertTrue(g2.contains(",RELIEV+ ,BACK"), g2);
        assertTrue(g1.contains(",RELIEVING ,BACK"), g1);
        assertNotEquals(g1, g2);
        assertTrue(g1.length() > g2.length(), "contractions save cells");
    }
}
