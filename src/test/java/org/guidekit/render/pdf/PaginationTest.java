package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.Fixtures;
import org.guidekit.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page breaks on long guides, checked on the plan (no PDF is written, so these are fast). */
class PaginationTest {
    private static final String SENTENCE = "Rest your back and walk a little every day until the pain eases. ";

    @TempDir
    Path dir;

    /** Guides whose sections have paragraphs of 1 to 12 lines, so headings and paragraph ends fall everywhere. */
    private List<Plan> longGuides() {
        List<Plan> plans = new ArrayList<>();
        for (int shift = 0; shift < 6; shift++) {
            StringBuilder md = new StringBuilder(SENTENCE.repeat(shift + 1)).append("\n\n");
            for (int s = 1; s <= 14; s++) {
                md.append("## Section ").append(s).append("\n\n");
                md.append(SENTENCE.repeat(1 + (s * 7 + shift * 3) % 16)).append("\n\n");
            }
            Guide g = MarkdownGuideReader.read(Fixtures.guide(dir, "long" + shift + ".md", md.toString()));
            plans.add(Plans.plan(g));
        }
        return plans;
    }

    @Test
    void aHeadingIsNeverLastOnAPageAndIsMovedWhenItWouldBe() {
        int moved = 0;
        for (Plan plan : longGuides()) {
            List<Plan.Page> pages = plan.pages();
            assertTrue(pages.size() > 3);
            for (int i = 0; i < pages.size(); i++) {
                List<Mark.TextLine> lines = Plans.taggedLines(pages.get(i));
                Mark.TextLine last = lines.get(lines.size() - 1);
                assertFalse(Plans.owner(last).isHeading(), "page " + (i + 1) + " ends with heading " + last.text());
                if (i + 1 < pages.size() && Plans.owner(Plans.taggedLines(pages.get(i + 1)).get(0)).isHeading()
                        && roomBelow(plan.style(), last) >= heading(plan.style())) {
                    moved++;
                }
            }
        }
        assertTrue(moved > 0, "no heading had to be moved; make the test guides trigger the rule");
    }

    private static float roomBelow(PdfStyle style, Mark.TextLine last) {
        float bottom = last.baseline() - style.baselineOffset(last.size()) + style.lineHeight(last.size());
        return style.bottom() - bottom;
    }

    private static float heading(PdfStyle style) {
        return style.blankLine() + style.lineHeight(style.headingSize(2));
    }

    @Test
    void noLineOfAParagraphIsAloneAtTheBottomOrTopOfAPage() {
        int split = 0;
        for (Plan plan : longGuides()) {
            Map<StructNode, Map<Integer, Integer>> linesPerPage = new IdentityHashMap<>();
            for (int i = 0; i < plan.pages().size(); i++) {
                for (Mark.TextLine line : Plans.taggedLines(plan.pages().get(i))) {
                    linesPerPage.computeIfAbsent(Plans.owner(line), k -> new HashMap<>()).merge(i, 1, Integer::sum);
                }
            }
            for (Map<Integer, Integer> pages : linesPerPage.values()) {
                if (pages.size() > 1) {
                    split++;
                    pages.forEach((page, count) -> assertTrue(count >= 2, "one line alone on page " + (page + 1)));
                }
            }
        }
        assertTrue(split > 0, "no paragraph crossed a page; the test proves nothing");
    }

    @Test
    void aTableOverTwoPagesRepeatsItsHeaderAndNeverSplitsARow() {
        Plan plan = Plans.plan(RenderedGuides.guide("fixture:everything"));
        int tablePages = 0;
        for (Plan.Page page : plan.pages()) {
            List<Mark.TextLine> cells = new ArrayList<>();
            for (Mark m : page.marks()) {
                if (m instanceof Mark.TextLine t && !t.runs().isEmpty()
                        && (t.runs().get(0).owner() == null || isCell(t.runs().get(0).owner()))) {
                    cells.add(t);
                }
            }
            cells.removeIf(t -> t.text().startsWith("Page ") || t.text().equals("Test guide"));
            if (cells.isEmpty()) {
                continue;
            }
            tablePages++;
            assertEquals("Time", cells.get(0).text(), "a page of the table starts without its header");
            assertTrue(cells.get(0).runs().get(0).bold());
        }
        assertTrue(tablePages >= 2, "the fixture's table should cross a page break");
        Map<StructNode, Integer> rowPage = new IdentityHashMap<>();
        for (int i = 0; i < plan.pages().size(); i++) {
            for (Mark.TextLine t : Plans.taggedLines(plan.pages().get(i))) {
                if (isCell(Plans.owner(t))) {
                    Integer before = rowPage.put(Plans.owner(t).parent(), i);
                    assertTrue(before == null || before == i, "a row is split across pages");
                }
            }
        }
    }

    private static boolean isCell(StructNode n) {
        return n.type().equals("TD") || n.type().equals("TH");
    }

    @Test
    void listItemsAndCalloutsStayOnOnePage() {
        Plan plan = Plans.plan(RenderedGuides.guide("fixture:everything"));
        Map<StructNode, Integer> pageOf = new IdentityHashMap<>();
        for (int i = 0; i < plan.pages().size(); i++) {
            for (Mark.TextLine t : Plans.taggedLines(plan.pages().get(i))) {
                for (StructNode n = Plans.owner(t); n != null; n = n.parent()) {
                    if (n.type().equals("LI") || n.type().equals("Sect")) {
                        Integer before = pageOf.put(n, i);
                        assertTrue(before == null || before == i, n.type() + " split across pages");
                    }
                }
            }
        }
        assertTrue(pageOf.keySet().stream().anyMatch(n -> n.type().equals("Sect")));
    }

    @Test
    void aCalloutTallerThanAPageBreaksBetweenItemsAndIsBoxedOnEachPage() {
        StringBuilder md = new StringBuilder("Intro.\n\n> [!WARNING] A long warning\n");
        for (int i = 0; i < 30; i++) {
            md.append("> - Item ").append(i).append(" says something rather long about the medicine you take.\n");
        }
        Plan plan = Plans.plan(MarkdownGuideReader.read(Fixtures.guide(dir, "callout.md", md.toString())));
        Map<StructNode, Integer> itemPage = new IdentityHashMap<>();
        int calloutPages = 0;
        for (int i = 0; i < plan.pages().size(); i++) {
            List<Mark.TextLine> lines = Plans.taggedLines(plan.pages().get(i));
            if (lines.stream().anyMatch(l -> Plans.owner(l).type().equals("P") && l.text().startsWith("Item"))) {
                calloutPages++;
                assertTrue(plan.pages().get(i).marks().stream().anyMatch(m -> m instanceof Mark.Box),
                        "page " + (i + 1) + " has part of the callout but no border");
            }
            for (Mark.TextLine l : lines) {
                for (StructNode n = Plans.owner(l); n != null; n = n.parent()) {
                    if (n.type().equals("LI")) {
                        Integer before = itemPage.put(n, i);
                        assertTrue(before == null || before == i, "a list item is split across pages");
                    }
                }
            }
        }
        assertTrue(calloutPages >= 2, "the callout should cross a page: " + calloutPages);
    }

    @Test
    void emphasisIsBoldAndCalloutsStartWithTheirBoldLabel() {
        Plan plan = Plans.plan(RenderedGuides.guide("fixture:everything"));
        List<Run> runs = new ArrayList<>();
        plan.pages().forEach(p -> Plans.taggedLines(p).forEach(l -> runs.addAll(l.runs())));
        assertTrue(runs.stream().anyMatch(r -> r.bold() && r.text().startsWith("every")), "emphasis is not bold");
        Run note = runs.stream().filter(r -> r.text().startsWith("Note")).findFirst().orElseThrow();
        assertTrue(note.bold());
        assertTrue(note.owner().isHeading() && note.owner().parent().type().equals("Sect"));
        assertEquals("Note: About this table", note.text());
    }

    @Test
    void aRowTallerThanAPageIsSplitBetweenLinesInsteadOfRunningOffThePage() {
        String longCell = "Take one tablet with water and food, then wait. ".repeat(60);
        String md = "| When | What |\n|---|---|\n| Morning | " + longCell + " |\n| Evening | One tablet |\n";
        Plan plan = Plans.plan(MarkdownGuideReader.read(Fixtures.guide(dir, "tall.md", md)));
        assertTrue(plan.pages().size() >= 2);
        for (Plan.Page page : plan.pages()) {
            for (Mark m : page.marks()) {
                if (m instanceof Mark.TextLine t) {
                    assertTrue(t.baseline() <= plan.style().paper().height() - PdfStyle.MARGIN, t.text());
                }
            }
        }
        int pagesWithTheCell = 0;
        for (Plan.Page page : plan.pages()) {
            if (Plans.taggedLines(page).stream().anyMatch(l -> l.text().startsWith("Take"))) {
                pagesWithTheCell++;
                Mark.TextLine first = (Mark.TextLine) page.marks().get(0);
                assertEquals("When", first.text(), "each page of the tall row starts with the table header");
            }
        }
        assertTrue(pagesWithTheCell >= 2, "the tall row should continue on a second page");
    }

    @Test
    void samplePlanMatchesGolden() {
        Golden.assertMatches("pdf", "back-muscle-spasms.plan.txt",
                PlanPrinter.print(Plans.plan(RenderedGuides.guide("back-muscle-spasms"))));
    }
}
