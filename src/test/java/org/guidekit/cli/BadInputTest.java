package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.guidekit.error.ExitCode;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of the foundation issue: a one-line {@code path:line: what; what to do} message, exit code 3,
 * no stack trace, and nothing written to the output folder — through both {@code check} and {@code render}.
 */
class BadInputTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badGuides() {
        String aliasBomb = "---\ntitle: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\nText.\n";
        return Stream.of(
                bad("empty file", "", 0, "the file is empty; start it with front matter"),
                bad("blank file", "\n\n  \n", 0, "the file is empty"),
                bad("no front matter", "# Hello\n\nText.\n", 1, "the guide has no front matter"),
                bad("front matter not closed", "---\ntitle: x\n\nText.\n", 1, "the front matter is not closed"),
                bad("invalid YAML", "---\ntitle: [unclosed\n---\nText.\n", 2, "the front matter is not valid YAML"),
                bad("alias bomb", aliasBomb, 1, "uses YAML aliases"),
                bad("huge front matter", "---\n" + "note: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n".repeat(4000) + "---\nx\n",
                        1, "longer than 64 KB"),
                bad("unknown key", "---\ntitle: x\ntitel: y\n---\nText.\n", 3,
                        "unknown front-matter key \"titel\"; did you mean \"title\"?"),
                bad("missing title", "---\nsubtitle: x\n---\nText.\n", 1, "the front matter has no title"),
                bad("bad date", "---\ntitle: x\nreviewed: 2026-13-45\n---\nText.\n", 3,
                        "reviewed \"2026-13-45\" is not a date"),
                bad("bad language", "---\ntitle: x\nlanguage: English\n---\nText.\n", 3,
                        "language \"English\" is not a language tag"),
                bad("image without alt text", "---\ntitle: x\n---\nText.\n\n![](stretch.png)\n", 6,
                        "image \"stretch.png\" has no alt text; write ![description](stretch.png)"),
                bad("image outside the folder", "---\ntitle: x\n---\n![A picture](../../etc/passwd)\n", 4,
                        "image \"../../etc/passwd\" is outside the guide's folder"),
                bad("missing image", "---\ntitle: x\n---\n![A stretch](images/nope.png)\n", 4,
                        "image \"images/nope.png\" was not found"),
                bad("raw HTML block", "---\ntitle: x\n---\nText.\n\n<div>hi</div>\n", 6, "raw HTML <div>hi</div>"),
                bad("raw HTML inline", "---\ntitle: x\n---\nSome <b>bold</b> text.\n", 4, "raw HTML <b>"),
                bad("javascript link", "---\ntitle: x\n---\n[Click](javascript:alert(1)) now.\n", 4,
                        "uses \"javascript:\", which is not allowed"),
                bad("heading skips a level", "---\ntitle: x\n---\n## A\n\nText.\n\n#### B\n\nMore.\n", 8,
                        "heading \"B\" uses ####"),
                bad("subsection before section", "---\ntitle: x\n---\nText.\n\n### B\n\nMore.\n", 6,
                        "(###) comes before any ## section"),
                bad("code block", "---\ntitle: x\n---\nText.\n\n```\ncode\n```\n", 6, "code blocks are not supported"),
                bad("deep quote nesting", "---\ntitle: x\n---\n" + "> ".repeat(5000) + "deep\n", 4,
                        "nested more than 16 levels deep"),
                bad("deep list nesting", "---\ntitle: x\n---\n" + "- ".repeat(5000) + "deep\n", 4,
                        "nested more than 16 levels deep"),
                bad("list nested twice", "---\ntitle: x\n---\n- a\n  - b\n    - c\n", 6,
                        "lists can be nested only one level deep"),
                bad("table row wider than its header", "---\ntitle: x\n---\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n", 6,
                        "this table row has 3 cells but the header row has 2"),
                bad("footnote", "---\ntitle: x\n---\nRest well.[^1]\n\n[^1]: Ask your doctor first.\n", 4,
                        "footnotes ([^1]) are not supported"),
                bad("control character", "---\ntitle: x\n---\nText\u0001 here.\n", 4,
                        "invisible control character (U+0001)"),
                bad("spam link", "---\ntitle: x\n---\nVisit [this site](https://buyrxsafe.com/baclof-10mg).\n", 4,
                        "[link-host]"),
                bad("empty list item from pasted web text", "---\ntitle: x\n---\nCauses:\n\n-\nStrain.\n", 6,
                        "this list item is empty"));
    }

    private static Arguments bad(String name, String text, int line, String message) {
        return Arguments.of(name, text, line, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badGuides")
    void checkReportsTheProblemWithFileAndLine(String name, String text, int line, String message) {
        Path file = Fixtures.write(dir, "content/bad.md", text);
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitCode.INVALID_CONTENT, run.code(), run.toString());
        String where = line > 0 ? file + ":" + line + ": " : file + ": ";
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith(where) && l.contains(message)),
                "expected a line \"" + where + "...\" containing \"" + message + "\" in\n" + run);
        assertFalse(run.err().contains("Exception") || run.out().contains("Exception"), run.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badGuides")
    void renderWritesNothingAndExits3(String name, String text, int line, String message) throws IOException {
        Path file = Fixtures.write(dir, "content/bad.md", text);
        Path out = dir.resolve("output");
        CliRun run = CliRun.of("render", file.toString(), "--out", out.toString());
        assertEquals(ExitCode.INVALID_CONTENT, run.code(), run.toString());
        assertTrue(run.err().contains(message), run.toString());
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose\n" + run);
        assertTrue(!Files.exists(out) || isEmpty(out), "nothing may be written for a bad guide");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryInputs")
    void binaryAndNonUtf8FilesAreRefused(String name, byte[] bytes, int line, String message) throws IOException {
        Path file = dir.resolve("content/bad.md");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        CliRun run = CliRun.of("render", file.toString(), "--out", dir.resolve("output").toString());
        assertEquals(ExitCode.INVALID_CONTENT, run.code(), run.toString());
        assertTrue(run.err().contains(file + ":" + line + ": " + message), run.toString());
        assertTrue(CliRun.of("check", file.toString()).out().contains(message));
        assertFalse(Files.exists(dir.resolve("output")) && !isEmpty(dir.resolve("output")));
    }

    static Stream<Arguments> binaryInputs() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] latin1 = "---\ntitle: Caf\u00e9\n---\nText.\n".getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("binary", png, 3, "this is a binary file, not text"),
                Arguments.of("latin-1", latin1, 2, "the file is not UTF-8 text (byte 0xE9); save it as UTF-8"));
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.noneMatch(Files::isRegularFile);
        }
    }
}
