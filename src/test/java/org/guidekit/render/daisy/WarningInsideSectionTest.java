package org.guidekit.render.daisy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warning between two paragraphs of a section: the text after it stays in its section's SMIL file, after the
 * warning's pars, and the warning is still an NCC heading of its own (one level below the section) linking into
 * that file. The book stays valid. On the real player: {@link DaisyPlayerSmokeTest}.
 */
class WarningInsideSectionTest {
    static final Path GUIDE = Path.of("src/test/resources/guides/minor-burn-warning.md");
    static final String AFTER_WARNING = "Do not put ice";
    @TempDir
    static Path out;
    static Path book;

    @BeforeAll
    static void render() {
        new DaisyRenderer().render(MarkdownGuideReader.read(GUIDE), RenderOptions.defaults(), out.resolve("burn"));
        book = out.resolve("burn").resolve("daisy");
    }

    /** The SMIL file and {@code <text>} id an NCC heading links to, found by its text. */
    static String[] nccLink(Path book, String heading) throws IOException {
        Matcher m = Pattern.compile("<h(\\d)[^>]*><a href=\"([^\"#]+)#([^\"]+)\">" + Pattern.quote(heading))
                .matcher(Files.readString(book.resolve("ncc.html")));
        assertTrue(m.find(), heading + " is not in the NCC");
        return new String[] {m.group(2), m.group(3), m.group(1)};
    }

    /** The content.html id of the element whose text starts with {@code text}. */
    static String contentId(Path book, String text) throws IOException {
        Matcher m = Pattern.compile("id=\"([^\"]+)\"[^>]*>\\s*" + Pattern.quote(text))
                .matcher(Files.readString(book.resolve("content.html")));
        assertTrue(m.find(), text + " is not in content.html");
        return m.group(1);
    }

    /** The ids of the {@code <text>} elements of a SMIL file, each with the content id it points to. */
    static List<String[]> texts(Path book, String smil) throws IOException {
        Matcher m = Pattern.compile("<text src=\"content\\.html#([^\"]+)\" id=\"([^\"]+)\"")
                .matcher(Files.readString(book.resolve(smil)));
        return m.results().map(r -> new String[] {r.group(2), r.group(1)}).toList();
    }

    static int indexOf(List<String[]> texts, int column, String id) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i)[column].equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theTextAfterTheWarningIsInItsSectionsSmilFileAfterTheWarning() throws IOException {
        String[] section = nccLink(book, "Cool the burn");
        String[] warning = nccLink(book, "Warning: Emergency");
        assertEquals("1", section[2], "sections are level 1");
        assertEquals("2", warning[2], "the warning is one level below its section");
        assertEquals(section[0], warning[0], "the warning's NCC item links into its section's SMIL file");
        List<String[]> texts = texts(book, section[0]);
        int heading = indexOf(texts, 0, section[1]);
        int callout = indexOf(texts, 0, warning[1]);
        int after = indexOf(texts, 1, contentId(book, AFTER_WARNING));
        assertEquals(0, heading, "the section's item links to its file's first par");
        assertTrue(callout > heading && after > callout, "the section's file holds the warning and then the text"
                + " after it (" + heading + ", " + callout + ", " + after + "): " + section[0]);
        String[] next = nccLink(book, "Cover the burn");
        assertTrue(!next[0].equals(section[0]) && indexOf(texts(book, next[0]), 0, next[1]) == 0,
                "the next section starts a file of its own");
    }

    @Test
    void theNccListsTheSectionsAndTheWarningButNoContinuation() throws IOException {
        String ncc = Files.readString(book.resolve("ncc.html"));
        List<String> items = Pattern.compile("<h\\d[^>]*><a [^>]*>([^<]+)</a>").matcher(ncc).results()
                .map(r -> r.group(1)).toList();
        assertEquals(List.of("Caring for a Minor Burn", "Cool the burn", "Warning: Emergency", "Cover the burn"),
                items);
        assertTrue(ncc.contains("<meta name=\"ncc:tocItems\" content=\"4\""), ncc);
    }

    @Test
    void theBookIsValid() throws Exception {
        assertEquals(List.of(), DaisyBookCheck.problems(book, DaisyRendererTest::mp3Millis));
        assertEquals(List.of(), DaisySchemas.errors(DaisySchemas.NCC, book.resolve("ncc.html")));
        assertEquals(List.of(), DaisySchematron.messages(DaisySchemas.NCC, book.resolve("ncc.html")));
        try (Stream<Path> files = Files.list(book)) {
            for (Path smil : files.filter(f -> f.toString().endsWith(".smil")).sorted().toList()) {
                assertEquals(List.of(), DaisySchemas.errors(DaisySchemas.SMIL, smil), smil.toString());
                assertEquals(List.of(), DaisySchematron.messages(DaisySchemas.SMIL, smil), smil.toString());
            }
        }
    }
}
