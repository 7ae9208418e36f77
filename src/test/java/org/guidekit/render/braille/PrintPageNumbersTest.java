package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.pdf.LargePrintPdfRenderer;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The handout's print page numbers in the braille edition, read from the written files: the BRF read page by page
 * (the number at the top right of each body page, with its continuation letter, and the print page change indicator
 * lines), checked against the PDF of the same guide and options read with PDFBox page by page: every print page is
 * shown once, in order, and the braille words on either side of each print page change are the words that end the
 * PDF's page before and begin its page.
 */
class PrintPageNumbersTest {
    /** A body page's first line: its text, three blanks or more, then a continuation letter and the print number. */
    private static final Pattern TOP = Pattern.compile("^(.*?) {3,}([A-Z]*)(#[A-J]+(?:-#[A-J]+)?)$");
    /** A print page change indicator line: dots 36 up to the new print number. */
    private static final Pattern CHANGE = Pattern.compile("^-+(#[A-J]+(?:-#[A-J]+)?)$");
    /** A braille page number at the end of the last line. */
    private static final Pattern BOTTOM = Pattern.compile("^(.*?) {3,}P?#[A-J]+$");
    /** Words compared on either side of a print page change, and how far into the PDF page they are looked for. */
    private static final int SIDE = 3;
    private static final int REACH = 40;

    @TempDir
    Path dir;

    static Stream<Arguments> guides() {
        return Stream.of(Arguments.of("content/back-muscle-spasms.md", 18f, false),
                Arguments.of("content/back-muscle-spasms.md", 24f, false),
                Arguments.of("content/checking-blood-pressure-at-home.md", 32f, true),
                Arguments.of("src/test/resources/guides/fever-medicine-doses.md", 24f, true),
                Arguments.of("src/test/resources/guides/heart-failure-medicines.md", 24f, false),
                Arguments.of("long-paragraphs", 18f, false),
                Arguments.of("long-paragraphs", 32f, false));
    }

    /**
     * With {@code tablesAcross}, a page change after a table row is checked loosely: a braille row reads across all
     * its columns, while the PDF prints a multi-line row's cells side by side, or a wide chart's later columns on
     * later pages, so the words that end a PDF page need not end the braille row.
     */
    @ParameterizedTest(name = "{0} at {1} pt")
    @MethodSource("guides")
    void theBrfShowsEveryPrintPageWhereThePdfBeginsIt(String source, float size, boolean tablesAcross)
            throws IOException {
        Guide guide = MarkdownGuideReader.read(source.equals("long-paragraphs") ? longParagraphs() : Path.of(source));
        RenderOptions options = RenderOptions.defaults().withBodySize(size);
        Path out = dir.resolve("out");
        new LargePrintPdfRenderer().render(guide, options, out);
        new BrailleRenderer(new LargePrintPdfRenderer()).render(guide, options, out);
        List<List<String>> pdf = pdfPages(out.resolve(guide.name() + ".pdf"));
        String brf = Files.readString(out.resolve(guide.name() + ".brf"), StandardCharsets.US_ASCII);

        List<Integer> ranged = new ArrayList<>();
        List<Line> lines = readBrf(brf, ranged);
        int shown = lines.get(lines.size() - 1).printPage();
        assertEquals(pdf.size(), shown, "the braille ends on the PDF's last page");

        List<String> words = new ArrayList<>();
        List<Integer> pageOfWord = new ArrayList<>();
        LiblouisTranslator louis = BrailleRenderer.translator(guide, options.brailleGrade());
        boolean note = false;
        for (Line line : lines) {
            // What only the braille has: transcriber's notes (a picture's description, which the handout shows as
            // the picture), box lines and the line under column headings.
            boolean inNote = note || line.text().contains("@.<");
            note = inNote && !line.text().contains("@.>");
            if (inNote || line.text().matches("[7G]+|[3 ]+")) {
                continue;
            }
            String cells = BrailleProof.TYPEFORM_INDICATORS.matcher(AsciiBraille.toUnicode(line.text())).replaceAll("");
            for (String w : BrailleProof.words(louis.backTranslate(cells))) {
                words.add(w);
                pageOfWord.add(line.printPage());
            }
        }
        assertTrue(pdf.size() > 1, "the case must span print pages: " + pdf.size());
        int checked = 0;
        for (int page = 2; page <= pdf.size(); page++) {
            int first = pageOfWord.indexOf(page);
            if (first < 0 || ranged.contains(page)) {
                // Shown in a range ("4-7"): pages printed as the second part of a chart have no braille of their
                // own (the braille table is whole); the words before a range's change end the chart, not page 6.
                assertTrue(ranged.contains(page), "print page " + page + " is shown");
                if (first >= 0) {
                    List<String> current = pdf.get(page - 1);
                    assertTrue(near(current, words.subList(first, Math.min(words.size(), first + SIDE))),
                            "after range to " + page);
                }
                continue;
            }
            List<String> after = words.subList(first, Math.min(words.size(), first + SIDE));
            List<String> current = pdf.get(page - 1);
            assertTrue(near(current, after),
                    "braille " + after + " after print page " + page + " begins PDF page " + page + ": "
                            + current);
            if (first >= SIDE) { // not the body's first words (when the title block alone fills print page 1)
                List<String> before = words.subList(first - SIDE, first);
                List<String> previous = pdf.get(page - 2);
                boolean loose = tablesAcross && near(previous.subList(Math.max(0, previous.size() - REACH),
                        previous.size()), before.subList(SIDE - 1, SIDE));
                assertEquals(previous.size() - SIDE, loose ? previous.size() - SIDE : contains(previous, before),
                        "braille " + before + " before print page " + page + " ends PDF page "
                        + (page - 1) + ": " + previous);
            }
            checked++;
        }
        assertTrue(checked > 0, "no print page change was checked");

        // The PEF is the same pages in Unicode braille: the same print numbers in the same rows.
        String pef = Files.readString(out.resolve(guide.name() + ".pef"), StandardCharsets.UTF_8);
        List<String> brfLines = List.of(brf.replace("\f", "").split("\r\n"));
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<row>([^<]*)</row>|<row/>").matcher(pef);
        while (row.find()) {
            rows.add(row.group(1) == null ? "" : AsciiBraille.fromUnicode(row.group(1)));
        }
        assertEquals(brfLines, rows);
    }

    /** One braille line of the body, without page numbers, and the print page it shows. */
    private record Line(String text, int printPage) {
    }

    /**
     * The body lines of the BRF with the print page each is on, checking the BANA form on the way: the first body
     * page begins print page 1; each later braille page's top number is either the print page it continues, after
     * the next continuation letter, or the next print page, without one; an indicator line shows the next print
     * page, across the whole line, never as the first or last line of a braille page.
     */
    private static List<Line> readBrf(String brf, List<Integer> ranged) {
        String[] pages = brf.split("\f");
        List<Line> out = new ArrayList<>();
        int print = 0;
        int continuation = -1;
        for (int p = 1; p < pages.length; p++) { // page 1 is the title page
            String[] lines = pages[p].split("\r\n");
            Matcher top = TOP.matcher(lines[0]);
            assertTrue(top.matches(), "braille page " + (p + 1) + " has a print page number: " + lines[0]);
            int number = number(top.group(3));
            if (top.group(2).isEmpty()) {
                // The body may begin on print page 2 when the title block alone fills page 1.
                assertEquals(p == 1 ? Math.min(number, 2) : print + 1, first(top.group(3)),
                        "braille page " + (p + 1) + " begins the next print page");
                rangeTo(first(top.group(3)), number, ranged);
                print = number;
                continuation = -1;
            } else {
                continuation++;
                assertEquals(print, number, "braille page " + (p + 1) + " continues print page " + print);
                assertEquals(String.valueOf((char) ('A' + continuation)), top.group(2),
                        "continuation letter of braille page " + (p + 1));
            }
            for (int i = 0; i < lines.length; i++) {
                String text = i == 0 ? top.group(1) : lines[i];
                Matcher change = CHANGE.matcher(text);
                if (change.matches()) {
                    assertTrue(i > 0 && i < lines.length - 1, "an indicator line inside the page: " + (p + 1));
                    assertEquals(40, text.length(), "across the line");
                    assertEquals(print + 1, first(change.group(1)), "the next print page on braille page " + (p + 1));
                    rangeTo(print + 1, number(change.group(1)), ranged);
                    print = number(change.group(1));
                    continuation = -1;
                    continue;
                }
                if (i == lines.length - 1) {
                    Matcher bottom = BOTTOM.matcher(text);
                    assertTrue(bottom.matches(), "braille page number: " + text);
                    text = bottom.group(1);
                }
                out.add(new Line(text, print));
            }
        }
        return out;
    }

    /**
     * Records the pages of a range "#D-#G": those before its last have no braille of their own, and the last is not
     * checked against the page before it.
     */
    private static void rangeTo(int first, int last, List<Integer> ranged) {
        for (int page = first; page < last; page++) {
            ranged.add(page);
        }
        if (last > first) {
            ranged.add(last);
        }
    }

    /** The first page of "#D" or "#D-#G". */
    private static int first(String cells) {
        return number(cells.replaceFirst("-.*", ""));
    }

    /** "#BF" is 26; a range "#E-#F" counts as its last page. */
    private static int number(String cells) {
        String last = cells.substring(cells.lastIndexOf('#') + 1);
        int n = 0;
        for (char c : last.toCharArray()) {
            n = n * 10 + (c == 'J' ? 0 : c - 'A' + 1);
        }
        return n;
    }

    /** The words of each PDF page, without the running head above and the "Page N of M" below. */
    private static List<List<String>> pdfPages(Path pdf) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                List<String> lines = new ArrayList<>(List.of(stripper.getText(doc).strip().split("\\R")));
                lines.removeIf(l -> l.strip().matches("Page \\d+ of \\d+"));
                if (p > 1) {
                    lines.remove(0); // the running head: title and clinic
                }
                pages.add(BrailleProof.words(String.join(" ", lines)));
            }
        }
        return pages;
    }

    /**
     * True when every word of {@code run} is among the first words of {@code page}: a table's first row reads
     * across in the PDF ("Your / What it / What to") and as "Heading: entry" pairs in the braille, and the PDF
     * repeats the header above a table's rows on each page.
     */
    private static boolean near(List<String> page, List<String> run) {
        List<String> top = page.subList(0, Math.min(page.size(), REACH));
        return run.stream().allMatch(b -> top.stream().anyMatch(w -> w.startsWith(b) || b.startsWith(w)));
    }

    /**
     * Where {@code run} (braille read back) occurs in {@code words} (the PDF's), the last such place, or -1. A word
     * matches when one is the beginning of the other: liblouis reads a few words back short ("enough" as "en") or
     * long ("p.m." as "p.more").
     */
    private static int contains(List<String> words, List<String> run) {
        for (int at = words.size() - run.size(); at >= 0; at--) {
            boolean all = true;
            for (int k = 0; k < run.size() && all; k++) {
                String w = words.get(at + k);
                String b = run.get(k);
                all = w.startsWith(b) || b.startsWith(w);
            }
            if (all) {
                return at;
            }
        }
        return -1;
    }

    /**
     * A guide whose paragraphs and list items run for many lines, so that the handout turns its pages inside
     * them (facts of a common back-care leaflet, our own sentences).
     */
    private Path longParagraphs() {
        StringBuilder md = new StringBuilder("---\ntitle: Living with a sore lower back\nlanguage: en-US\n---\n");
        String[] topics = {"Sleep", "Work", "Lifting", "Walking", "Driving"};
        for (int s = 0; s < topics.length; s++) {
            md.append("## ").append(topics[s]).append("\n\n");
            for (int p = 0; p < 2; p++) {
                md.append(sentences(s * 2 + p, 9)).append("\n\n");
            }
            md.append("- ").append(sentences(s + 20, 5)).append("\n- ").append(sentences(s + 30, 4)).append("\n\n");
        }
        return Fixtures.write(dir, "living-with-a-sore-lower-back.md", md.toString());
    }

    /** {@code count} distinct sentences, the {@code seed}th set, numbered so no two paragraphs read the same. */
    private static String sentences(int seed, int count) {
        String[] parts = {"Most back pain eases within six weeks when you keep gently moving",
            "A short walk of ten minutes, three times a day, keeps the muscles from stiffening",
            "Take 400 mg of ibuprofen with food if your pharmacist says it is safe for you",
            "Change position every 30 minutes rather than sitting still for a long time",
            "A warm pack for 20 minutes can loosen tight muscles before you stretch",
            "Bend your knees and keep the load close to your body when you lift",
            "Call 911 if your legs go numb or you cannot control your bladder",
            "Sleep on your side with a pillow between your knees if lying flat hurts"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : " ").append(parts[(seed + i) % parts.length]).append(", note ")
                    .append(seed * 10 + i + 1).append('.');
        }
        return sb.toString();
    }
}
