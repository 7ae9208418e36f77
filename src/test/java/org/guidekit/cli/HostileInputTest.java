package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.guidekit.error.ExitCode;
import org.guidekit.testing.CpuBound;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 part 3: inputs that crashed (exit 1, StackOverflowError) or effectively hung `check` now give a
 * {@code file:line} error or a normal report quickly. The CPU bound only catches hangs; it is not a speed target,
 * and a busy machine cannot trip it ({@link CpuBound}).
 */
class HostileInputTest {
    /** CPU time on the checking thread, not wall time: these inputs take 6-9 s of CPU at most. */
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    /** The hostile cases, also the fuzz test's seeds. */
    static Stream<Arguments> cases() {
        int n = 20000;
        // Opened and closed word by word, so no run of marks is a "word" too long to read (refused before
        // parsing): the Markdown parser itself must stay bounded (it keeps marks over 16 deep as text).
        String alternating = IntStream.range(0, n).mapToObj(i -> (i % 2 == 0 ? "_" : "*") + "a ")
                .collect(Collectors.joining()) + "b"
                + IntStream.range(0, n).mapToObj(i -> " c" + (i % 2 == 0 ? "*" : "_")).collect(Collectors.joining());
        return Stream.of(
                Arguments.of("stars 20000 deep", "*a ".repeat(n) + "b" + " c*".repeat(n) + "\n", 4,
                        "emphasis and links are nested too deeply; simplify the formatting"),
                Arguments.of("bold 20000 deep", "**a ".repeat(n) + "b" + " c**".repeat(n) + "\n", 4,
                        "emphasis and links are nested too deeply; simplify the formatting"),
                Arguments.of("mixed emphasis 20000 deep", alternating + "\n", 4,
                        "emphasis and links are nested too deeply; simplify the formatting"),
                Arguments.of("5000 sections", IntStream.range(0, 5000).mapToObj(i -> "## S" + i + "\n\nText.\n\n")
                        .collect(Collectors.joining()), 4004, "the guide has more than 1000 sections"),
                Arguments.of("20000 repeated headings", "## Same\n\nText.\n\n".repeat(n), 4004,
                        "the guide has more than 1000 sections"),
                Arguments.of("heading with nothing to say", "## ...\n\nText.\n", 4,
                        "heading \"...\" has no words to say"),
                Arguments.of("emoji-only heading", "## \uD83D\uDD25\n\nText.\n", 4,
                        "heading \"\uD83D\uDD25\" has no words to say"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsWithAFileLineError(String name, String body, int line, String message) {
        Path file = Fixtures.guide(dir, "hostile.md", body);
        CliRun run = CpuBound.call(NO_HANG, () -> CliRun.of("check", file.toString()));
        assertEquals(ExitCode.INVALID_CONTENT, run.code(), run.toString());
        assertTrue(run.out().contains(file + ":" + line + ": error [structure] " + message), run.toString());
        assertFalse(run.err().contains("Exception") || run.out().contains("\tat "), run.toString());
    }

    @Test
    void aTitleWithNothingToSayIsAnError() {
        Path file = Fixtures.write(dir, "t.md", "---\ntitle: \"...\"\n---\nText.\n");
        CliRun run = CliRun.of("check", file.toString());
        assertTrue(run.out().contains(file + ":2: error [structure] title \"...\" has no words to say"), run.toString());
    }

    @Test
    void aHundredThousandCharacterWordIsRefusedQuickly() {
        Path file = Fixtures.guide(dir, "word.md", "a".repeat(100_000) + " and " + "a.".repeat(50_000) + " "
                + "[^".repeat(20_000) + " " + "x-".repeat(50_000) + " 10 mg.\n");
        CliRun run = CpuBound.call(NO_HANG, () -> CliRun.of("check", file.toString()));
        assertEquals(ExitCode.INVALID_CONTENT, run.code(), run.toString());
        assertTrue(run.out().contains(file + ":4: error [structure] this line holds a run of 100000 characters "
                + "without a space"), run.toString());
        assertFalse(run.out().contains("a".repeat(200)), "long words are shortened in messages");
    }

    @Test
    void wordsOfAThousandCharactersAreCheckedQuicklyByEveryStage() {
        // Under the reader's limit, every stage (checks, print, speech, braille preflight) stays linear.
        String words = ("a".repeat(299) + " " + "a.".repeat(140) + " " + "[^".repeat(140) + " x-x ").repeat(300);
        Path file = Fixtures.guide(dir, "words.md", words + " 10 mg.\n");
        CliRun run = CpuBound.call(NO_HANG, () -> CliRun.of("check", file.toString()));
        assertFalse(run.err().contains("Exception") || run.out().contains("\tat "), run.toString());
    }
}
