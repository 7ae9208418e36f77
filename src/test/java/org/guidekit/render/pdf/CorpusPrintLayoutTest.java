package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.guidekit.model.Guide;
import org.guidekit.model.ModelPrinter;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.ReadResult;
import org.guidekit.render.RenderOptions;
import org.guidekit.text.InformationSpans;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The large-print layout of every guide of the real-leaflet corpus ({@code src/test/resources/corpus/}) at 18, 20,
 * 24 and 32 pt, read from the laid-out lines: no number is parted from its unit (nor a time, date or phone number
 * broken over two lines), no row-card of a stacked table is split over two pages unless it is taller than a page
 * (or goes on under its first field repeated because keeping it whole would leave a page under half full), and no
 * page but the last is less than half full.
 */
class CorpusPrintLayoutTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final int[] SIZES = {18, 20, 24, 32};
    @TestFactory
    Stream<DynamicTest> everyCorpusGuideAtEverySize() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : guides()) {
            ReadResult read = MarkdownGuideReader.readAll(file);
            if (read.guide().isEmpty()) {
                continue; // the corpus test reports guides that do not read
            }
            Guide guide = read.guide().get();
            for (int size : SIZES) {
                tests.add(DynamicTest.dynamicTest(CORPUS.relativize(file) + " at " + size + " pt",
                        () -> check(guide, size)));
            }
        }
        return tests.stream();
    }

    private static void check(Guide guide, int size) {
        Plan plan = Plans.plan(guide, RenderOptions.defaults().withBodySize(size));
        assertEquals(List.of(), splitPieces(guide, plan), guide.source() + " at " + size + " pt: pieces of "
                + "information split over lines");
        List<Double> fill = PageFill.of(plan);
        for (int i = 0; i < fill.size() - 1; i++) {
            assertFalse(fill.get(i) < 0.5, guide.source() + " at " + size + " pt: page " + (i + 1) + " is "
                    + Math.round(fill.get(i) * 100) + " % full; all pages: " + fill);
        }
        checkCards(guide, plan, RenderOptions.defaults().withBodySize(size), guide.source() + " at " + size + " pt");
    }

    /**
     * No row-card shorter than a page is split over pages, except one that goes on under its first field repeated
     * as "(continued)" because keeping every card whole would leave a page less than half full (the same guide
     * laid out with unbreakable cards has such a page, ends a page with a heading, or cannot keep the cards whole
     * at all).
     */
    static void checkCards(Guide guide, Plan plan, RenderOptions options, String where) {
        List<String> continued = new ArrayList<>();
        assertEquals(List.of(), splitCards(guide, plan, continued), where + ": row-cards split over pages");
        if (!continued.isEmpty()) {
            Plan whole = Plans.planWithWholeRecords(guide, options);
            List<Double> fill = PageFill.of(whole);
            List<String> stillSplit = new ArrayList<>();
            stillSplit.addAll(splitCards(guide, whole, stillSplit));
            boolean headingEndsAPage = whole.pages().subList(0, whole.pages().size() - 1).stream()
                    .map(Plans::taggedLines).filter(l -> !l.isEmpty())
                    .anyMatch(l -> Plans.owner(l.get(l.size() - 1)).type().matches("H\\d"));
            assertTrue(fill.subList(0, fill.size() - 1).stream().anyMatch(f -> f < 0.5) || !stillSplit.isEmpty()
                    || headingEndsAPage, where + ": " + continued + " go on over a page though whole cards leave no "
                    + "page under half full, no heading at the foot of a page: " + fill);
        }
    }

    /**
     * The pieces of information with a space in them (a number and its unit, a time, a date, a phone number) that
     * no laid-out line of {@code plan} holds whole.
     */
    static List<String> splitPieces(Guide guide, Plan plan) {
        List<String> lines = new ArrayList<>();
        for (Plan.Page page : plan.pages()) {
            for (Mark.TextLine line : Plans.taggedLines(page)) {
                StringBuilder sb = new StringBuilder();
                line.runs().forEach(r -> sb.append(r.text()));
                lines.add(sb.toString().replace('\u00a0', ' '));
            }
        }
        List<String> split = new ArrayList<>();
        for (String piece : pieces(guide)) {
            if (lines.stream().noneMatch(l -> l.replaceAll("\\s+", " ").contains(piece))) {
                split.add(piece);
            }
        }
        return split;
    }

    /**
     * The stacked tables' records (each a {@code Table} of its own whose row headers are the guide table's column
     * headers, see StackedTable) whose lines are on more than one page though the record is shorter than a page.
     */
    static List<String> splitCards(Guide guide, Plan plan, List<String> continued) {
        Set<List<String>> headerRows = new java.util.HashSet<>();
        org.guidekit.model.ContentWalker<RuntimeException> tables = new org.guidekit.model.ContentWalker<>() {
            @Override
            protected void visitTable(org.guidekit.model.Table t) {
                headerRows.add(t.header().cells().stream().map(c -> org.guidekit.model.Inlines.plainText(c)
                        .strip()).toList());
            }
        };
        tables.walk(guide);
        Map<StructNode, StringBuilder> text = new IdentityHashMap<>();
        Map<StructNode, Set<Integer>> pagesOf = new IdentityHashMap<>();
        Map<StructNode, Float> height = new IdentityHashMap<>();
        for (int p = 0; p < plan.pages().size(); p++) {
            for (Mark.TextLine line : Plans.taggedLines(plan.pages().get(p))) {
                for (Run r : line.runs()) {
                    if (r.owner() != null) {
                        text.computeIfAbsent(r.owner(), n -> new StringBuilder()).append(r.text());
                    }
                }
                StructNode table = table(line.runs().get(0).owner());
                if (table != null) {
                    pagesOf.computeIfAbsent(table, c -> new java.util.TreeSet<>()).add(p);
                    height.merge(table, plan.style().lineHeight(line.size()), Float::sum);
                }
            }
        }
        float page = plan.style().bottom() - plan.style().top();
        List<String> split = new ArrayList<>();
        for (Map.Entry<StructNode, Set<Integer>> e : pagesOf.entrySet()) {
            List<String> labels = e.getKey().children().stream().filter(tr -> !tr.children().isEmpty())
                    .map(tr -> text.getOrDefault(tr.children().get(0), new StringBuilder()).toString()
                            .replaceAll(":\\s*$", "").strip()).toList();
            boolean record = headerRows.contains(labels);
            if (record && e.getValue().size() > 1 && height.get(e.getKey()) < page * 0.9f) {
                String card = labels + " (pages " + e.getValue() + ", " + Math.round(100 * height.get(e.getKey())
                        / page) + " % of a page)";
                (goesOnUnderItsFirstField(plan, e.getKey(), e.getValue(), text) ? continued : split).add(card);
            }
        }
        return split;
    }

    /**
     * Whether every page after the first of a card starts with the card's first field ("Medicine: furosemide")
     * repeated as an artifact line, before any of the card's own lines.
     */
    private static boolean goesOnUnderItsFirstField(Plan plan, StructNode card, Set<Integer> pages,
            Map<StructNode, StringBuilder> text) {
        StructNode firstRow = card.children().get(0);
        String first = firstRow.children().stream().map(n -> text.getOrDefault(n, new StringBuilder()).toString())
                .reduce("", String::concat).replaceAll("\\s+", " ").strip();
        for (int p : pages.stream().skip(1).toList()) {
            StringBuilder before = new StringBuilder();
            for (Mark m : plan.pages().get(p).marks()) {
                if (m instanceof Mark.TextLine line && !line.runs().isEmpty()) {
                    StructNode owner = line.runs().get(0).owner();
                    if (owner == null) {
                        before.append(line.text()).append(' ');
                    } else if (table(owner) == card) {
                        break;
                    }
                }
            }
            if (!before.toString().replaceAll("\\s+", " ").contains(first + " (")) {
                return false;
            }
        }
        return true;
    }

    /** The nearest Table above a line's owner. */
    private static StructNode table(StructNode owner) {
        for (StructNode n = owner; n != null; n = n.parent()) {
            if (n.type().equals("Table")) {
                return n;
            }
        }
        return null;
    }

    /** Every piece of information with a space in it, in the guide's printed text. */
    private static List<String> pieces(Guide guide) {
        List<String> out = new ArrayList<>();
        for (String line : ModelPrinter.print(guide).split("\n")) {
            for (InformationSpans.Span s : InformationSpans.find(line)) {
                String piece = line.substring(s.start(), s.end());
                if (piece.contains(" ") && s.kind() != InformationSpans.Kind.WEB_ADDRESS
                        && s.kind() != InformationSpans.Kind.EMAIL) {
                    out.add(piece.replaceAll("\\s+", " "));
                }
            }
        }
        return out;
    }

    private static List<Path> guides() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().startsWith("README"))
                    .sorted().toList();
        }
    }
}
