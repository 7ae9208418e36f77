package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pure page layout, with braille written in ASCII braille for readability. */
class PageLayoutTest {
    private static Placement text(Format f, String ascii) {
        return new Placement.Text(f, AsciiBraille.toUnicode(ascii), ascii);
    }

    private static Placement para(String ascii) {
        return text(Format.PARAGRAPH, ascii);
    }

    private static List<List<String>> lay(int cells, int lines, Placement... placements) {
        BraillePages pages = PageLayout.lay(List.of(placements), cells, lines,
                (preliminary, n) -> AsciiBraille.toUnicode((preliminary ? "P#" : "#") + (char) ('A' + n - 1)),
                (first, last) -> AsciiBraille.toUnicode("#" + (char) ('A' + first - 1)
                        + (last > first ? "-#" + (char) ('A' + last - 1) : "")));
        List<List<String>> out = new ArrayList<>();
        for (List<String> page : pages.pages()) {
            out.add(page.stream().map(AsciiBraille::fromUnicode).toList());
        }
        return out;
    }

    private static String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append("WORD").append((char) ('A' + i % 26));
        }
        return sb.toString();
    }

    @Test
    void paragraphsStartAtCell3AndRunOverAtCell1() {
        List<List<String>> pages = lay(40, 25, para(words(20)));
        List<String> p = pages.get(0);
        assertTrue(p.get(0).startsWith("  WORDA "), p.get(0));
        assertTrue(p.get(1).startsWith("WORD"), p.get(1));
        for (String line : p) {
            assertTrue(line.length() <= 40, line);
        }
        assertEquals(words(20), String.join(" ", p.stream().filter(l -> !l.isBlank()).toList()).strip()
                .replaceAll(" +P#A$", ""));
    }

    @Test
    void everyPageHasItsLinesAndItsNumberAtTheRightOfTheLastLine() {
        Placement[] many = new Placement[30];
        for (int i = 0; i < many.length; i++) {
            many[i] = para(words(6));
        }
        List<List<String>> pages = lay(40, 25, concat(new Placement[] {para("TITLE"), new Placement.NewPage()},
                many));
        assertEquals(3, pages.size());
        for (List<String> page : pages) {
            assertEquals(25, page.size());
        }
        String last = pages.get(0).get(24);
        assertTrue(last.endsWith("   P#A"), last); // three blank cells before the number at least
        assertEquals(40, last.length());
        assertTrue(pages.get(1).get(24).endsWith("   #A"));
        assertTrue(pages.get(2).get(24).endsWith("   #B"));
    }

    @Test
    void aLongTitlePageRunsOnToPageP2AndTheBodyStillStartsAtPage1() {
        Placement[] title = new Placement[8];
        for (int i = 0; i < title.length; i++) {
            title[i] = text(Format.CENTRED, "TITLE");
        }
        List<List<String>> pages = lay(20, 5, concat(title, new Placement.NewPage(), para("BODY")));
        assertEquals(List.of("P#A", "P#B", "#A"),
                pages.stream().map(p -> p.get(4).substring(p.get(4).lastIndexOf(' ') + 1)).toList());
    }

    @Test
    void textOnTheNumberLineLeavesThreeBlankCells() {
        Placement[] many = new Placement[24];
        for (int i = 0; i < 24; i++) {
            many[i] = para("X");
        }
        List<List<String>> pages = lay(20, 25, concat(many, para(words(4) + " ABCDEFGHIJKLMN")));
        String numberLine = pages.get(0).get(24);
        assertTrue(numberLine.matches("  WORDA WORDB {3,}P#A"), numberLine);
    }

    @Test
    void aHeadingNeverEndsAPageAndTakesItsBoxLineAlong() {
        Placement[] fill = new Placement[22];
        for (int i = 0; i < fill.length; i++) {
            fill[i] = para("X");
        }
        // Line 23 blank, 24 heading, 25 box line: both would strand, so both move.
        List<List<String>> pages = lay(40, 25, concat(fill, new Placement.Blank(),
                text(Format.CENTRED_HEADING, "HEAD"), new Placement.BoxLine(true), para("BODY")));
        assertEquals("", pages.get(0).get(23).strip());
        assertEquals("HEAD", pages.get(1).get(0).strip());
        assertTrue(pages.get(1).get(1).matches("7{40}"), pages.get(1).get(1));
        assertEquals("BODY", pages.get(1).get(2).strip());
    }

    @Test
    void blankLinesAreLeftOutAtTheTopOfAPageAfterAHeadingAndBeforeABottomBoxLine() {
        List<List<String>> pages = lay(40, 25, new Placement.Blank(), text(Format.CELL_5_HEADING, "HEAD"),
                new Placement.Blank(), para("ONE"), new Placement.Blank(), new Placement.Blank(), para("TWO"),
                new Placement.Blank(), new Placement.BoxLine(false));
        List<String> p = pages.get(0);
        assertEquals("    HEAD", p.get(0));
        assertEquals("  ONE", p.get(1));
        assertEquals("", p.get(2));
        assertEquals("  TWO", p.get(3));
        assertTrue(p.get(4).matches("G{40}"), p.get(4));
    }

    @Test
    void centredLinesKeepThreeBlankCellsAtEitherSide() {
        List<List<String>> pages = lay(20, 25, text(Format.CENTRED_HEADING, words(5)), para("X"));
        for (String line : pages.get(0).subList(0, 3)) {
            if (!line.isBlank() && !line.strip().equals("X")) {
                int start = line.length() - line.stripLeading().length();
                assertTrue(start >= 3 && line.length() <= 17, "[" + line + "]");
            }
        }
    }

    @Test
    void aWordLongerThanALineIsDividedWithAHyphenAnAddressAfterASlashWithTheContinuationIndicator() {
        List<List<String>> pages = lay(20, 25, text(Format.cells(1, 1), "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                text(Format.cells(1, 1), "WWW4EXAMPLE4ORG_/ABCDEFGHIJKLMNOP"));
        List<String> p = pages.get(0);
        assertEquals("ABCDEFGHIJKLMNOPQRS-", p.get(0));
        assertEquals("TUVWXYZ", p.get(1));
        assertEquals("WWW4EXAMPLE4ORG_/\"", p.get(2)); // divided after the slash
        assertEquals("ABCDEFGHIJKLMNOP", p.get(3));
    }

    @Test
    void aRowOfColumnsIsNeverWrappedButMovesPastTheNumberLine() {
        Placement[] fill = new Placement[24];
        for (int i = 0; i < fill.length; i++) {
            fill[i] = para("X");
        }
        String row = "ONE  TWO  THREE  FOUR  FIVE  SIX  SEVEN"; // 39 cells: not beside the page number
        List<List<String>> pages = lay(40, 25, concat(fill, text(Format.COLUMNS, row)));
        assertEquals("P#A", pages.get(0).get(24).strip());
        assertEquals(row, pages.get(1).get(0));
    }

    @Test
    void aNewPageStartsTheBodyAfterTheTitlePage() {
        List<List<String>> pages = lay(40, 25, text(Format.CENTRED, "TITLE"), new Placement.NewPage(),
                para("BODY"));
        assertEquals(2, pages.size());
        assertFalse(pages.get(1).get(0).isBlank());
        assertTrue(pages.get(1).get(24).endsWith("#A"));
    }

    /** The title page, then print page 1 beginning the body, then {@code body}. */
    private static Placement[] printed(Placement... body) {
        return concat(new Placement[] {para("TITLE"), new Placement.NewPage(), new Placement.PrintPage(1, 1)}, body);
    }

    private static Placement[] paragraphs(int n) {
        Placement[] many = new Placement[n];
        for (int i = 0; i < n; i++) {
            many[i] = para(words(6));
        }
        return many;
    }

    @Test
    void thePrintPageNumberIsAtTheTopRightOfEachBodyPageWithContinuationLetters() {
        List<List<String>> pages = lay(40, 25, printed(paragraphs(60)));
        assertTrue(pages.size() >= 4, "pages: " + pages.size());
        assertFalse(pages.get(0).get(0).endsWith("#A"), "no print page number on the title page");
        assertTrue(pages.get(1).get(0).matches("  WORDA.* {3,}#A"), pages.get(1).get(0));
        assertTrue(pages.get(2).get(0).matches(".* {3,}A#A"), pages.get(2).get(0));
        assertTrue(pages.get(3).get(0).matches(".* {3,}B#A"), pages.get(3).get(0));
        for (List<String> page : pages) {
            assertTrue(page.get(0).length() <= 40, page.get(0));
        }
    }

    @Test
    void aPrintPageBeginningInsideABraillePageIsAnIndicatorLineAcrossThePage() {
        List<List<String>> pages = lay(40, 25, printed(concat(paragraphs(3), new Placement.PrintPage(2, 2),
                para(words(6)))));
        List<String> body = pages.get(1);
        int change = body.indexOf("-".repeat(38) + "#B");
        assertTrue(change > 0, String.join("\n", body));
        assertTrue(body.get(change + 1).startsWith("  WORDA"), "the page's text follows: " + body.get(change + 1));
        assertTrue(body.get(0).endsWith("#A"));
    }

    @Test
    void anIndicatorNeverFallsOnTheLastLineItsPageBeginsTheNextBraillePage() {
        // Paragraphs of one line each fill the page to its last line but one.
        Placement[] fill = new Placement[24];
        for (int i = 0; i < fill.length; i++) {
            fill[i] = para("LINE" + (char) ('A' + i % 26));
        }
        List<List<String>> pages = lay(40, 25, printed(concat(fill, new Placement.PrintPage(2, 2), para("NEXT"))));
        for (List<String> page : pages) {
            assertFalse(page.stream().anyMatch(l -> l.startsWith("---")), String.join("\n", page));
        }
        assertTrue(pages.get(2).get(0).matches("  NEXT {3,}#B"), "no letter: it begins here: " + pages.get(2).get(0));
    }

    @Test
    void printPagesWithNothingOfTheirOwnAreShownAsARange() {
        List<List<String>> pages = lay(40, 25, printed(concat(paragraphs(2), new Placement.PrintPage(2, 4),
                para(words(3)))));
        assertTrue(pages.get(1).contains("-".repeat(35) + "#B-#D"), String.join("\n", pages.get(1)));
    }

    private static Placement[] concat(Placement[] first, Placement... more) {
        Placement[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
