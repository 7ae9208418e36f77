package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.guidekit.error.ExitCode;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzz test of the reader and the checks, run through {@code guidekit check FILE} so that exit
 * codes and printed output are what is asserted: never exit 1 (a bug), never a stack trace, every error names a
 * file and line, no raw control character printed, and no input hangs. Seeds: the sample guides, the hostile inputs
 * of issue 10 and the bad inputs of BadInputTest. Deterministic: the same seed gives the same cases; override with
 * {@code -Dfuzz.seed=N -Dfuzz.cases=N}. A failing input is saved under {@code target/fuzz-failures/}.
 */
class CheckFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 250);
    /**
     * CPU time (of the whole test JVM, so JIT and GC threads count too) far above the real cost (a few ms per KB):
     * only a quadratic blow-up reaches it. CPU, not wall-clock time, so a busy machine does not fail the test.
     */
    private static final Duration CPU_BOUND = Duration.ofSeconds(10);
    /** Only a hang reaches this: generous wall-clock backstop, since a hung case would never return. */
    private static final Duration HANG_BACKSTOP = Duration.ofMinutes(3);
    private static final int MAX_CHARS = 200_000;
    private static final Pattern ERROR_LINE = Pattern.compile(": error \\[");

    /** Markdown, YAML, URL and text fragments that reach the reader's and the rules' edge cases. */
    private static final String[] TOKENS = {"*", "**", "_", "__", "***", "[", "]", "](", ")", "](https:evil.com)",
        "<", ">", "<b>", "#", "## ", "### ", "#### ", "\n", "\n\n", "- ", "    - ", "\u2022 ", "1. ", "> ",
        "> [!WARNING] ", "|", "| a | b |\n|---|---|\n", "&#27;", "&#x1b;", "&amp;", "https:", "http:\\\\", "HTTP:/",
        "https://medlineplus.gov@", "www.", ".com", "cheap-meds-online.com", "@", "%", "%2e", "\\", "`", "```\n",
        "---\n", "title: ", "\"\\e\"", "\u0000", "\u0001", "\t", "\u202E", "\uD83D\uDD25", "____", "0x7f.1",
        "[^1]", "![alt](images/knee-to-chest.png)", "![](x.png)", "e.g.", "3.5 mg", "Baclof 10 mg", "viagra",
        "...", "\u00A0", "\r\n", "[x](mailto:a@b.org)", "[y](tel:555)", "[z](javascript:x)", "a.", "a'", "AB ",
        // Issue 25: format characters, confusables and accents that once split what the check saw from what the
        // renderers printed and linked, and tel:/mailto: links that held other things.
        "\u00AD", "&shy;", "\u200B", "&#8203;", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u2066", "\u061C",
        "www\u00ADcheap-meds-online.com", "on\u00ADline.com", "Via\u00ADgra", "Vi\u00E1gra", "Vi\u0430gra",
        "\u0430", "\u0435", "\u03BF", "a\u0301", "\uFF57\uFF57\uFF57\uFF0E\uFF45\uFF56\uFF49\uFF4C\uFF0E\uFF43\uFF4F\uFF4D",
        "m\u0435ds.com", "[MedlinePlus](tel:https://evil.example)", "[m](mailto:x@cheap-meds-online.com)",
        "info@rx-shop.com", "[n](mailto:a@medlineplus.gov?bcc=b@evil.com)"};

    @TempDir
    Path dir;

    @Test
    void noInputCrashesHangsOrLosesItsLine() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("images"));
        Files.copy(Fixtures.content("images/knee-to-chest.png"), content.resolve("images/knee-to-chest.png"));
        Files.writeString(content.resolve("allowed-links.yaml"), "- medlineplus.gov\n");
        List<String> seeds = seeds();
        Random random = new Random(SEED);
        long started = System.nanoTime();
        long chars = 0;
        for (int i = 0; i < CASES; i++) {
            String input = mutate(seeds.get(random.nextInt(seeds.size())), random, seeds);
            chars += input.length();
            runOne(content, i, input);
        }
        System.out.printf("CheckFuzzTest: %d cases, %d KB, %.1f s (seed %d)%n", CASES, chars / 1024,
                (System.nanoTime() - started) / 1e9, SEED);
    }

    private void runOne(Path content, int index, String input) throws IOException {
        Path file = content.resolve("case.md");
        Files.write(file, input.getBytes(StandardCharsets.UTF_8));
        Duration cpuBound = CPU_BOUND.plusSeconds(2L * input.length() / 100_000);
        CliRun run;
        long cpuBefore = processCpuNanos();
        try {
            run = assertTimeoutPreemptively(HANG_BACKSTOP, () -> CliRun.of("check", file.toString()));
        } catch (Throwable t) {
            throw new AssertionError("case " + index + " hung or crashed; input saved as " + save(index, input), t);
        }
        long cpu = processCpuNanos() - cpuBefore;
        java.util.function.Supplier<String> where = () -> "case " + index + " (input saved as " + save(index, input)
                + ")\n" + run;
        assertTrue(cpu <= cpuBound.toNanos(), () -> "case " + index + " took " + cpu / 1_000_000 + " ms of CPU, over "
                + cpuBound.toMillis() + " ms\n" + where.get());
        assertTrue(run.code() == ExitCode.OK || run.code() == ExitCode.INVALID_CONTENT, where);
        assertFalse(run.out().contains("Exception") || run.err().contains("Exception")
                || run.out().contains("\tat ") || run.err().contains("\tat "), where);
        assertFalse((run.out() + run.err()).chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x7F), where);
        for (String line : run.out().split("\n")) {
            if (ERROR_LINE.matcher(line).find()) {
                boolean hasLine = line.startsWith(file + ":") && Character.isDigit(line.charAt(file.toString()
                        .length() + 1));
                boolean wholeFile = line.contains("the file is empty") || line.contains("MB limit");
                assertTrue(hasLine || wholeFile, () -> "error without a line: " + line + "\n" + where.get());
            }
        }
    }

    /** CPU time of the whole JVM so far. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String save(int index, String input) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Path file = dir.resolve("case-" + index + ".md");
            Files.write(file, input.getBytes(StandardCharsets.UTF_8));
            return file.toString();
        } catch (IOException e) {
            return "(not saved: " + e.getMessage() + ")";
        }
    }

    /** One to four mutations: insert tokens, repeat a piece many times, delete, splice another seed, flip. */
    private static String mutate(String seed, Random random, List<String> seeds) {
        StringBuilder s = new StringBuilder(seed);
        int steps = 1 + random.nextInt(4);
        for (int k = 0; k < steps && s.length() < MAX_CHARS; k++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> {
                    for (int t = random.nextInt(8); t >= 0; t--) {
                        s.insert(Math.min(at, s.length()), TOKENS[random.nextInt(TOKENS.length)]);
                    }
                }
                case 1 -> {
                    String piece = random.nextBoolean() ? TOKENS[random.nextInt(TOKENS.length)]
                            : s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(40)));
                    int times = 1 + random.nextInt(Math.max(1, (MAX_CHARS - s.length()) / Math.max(1, piece.length())
                            / 4));
                    s.insert(at, piece.repeat(Math.min(times, 50_000)));
                }
                case 2 -> s.delete(at, Math.min(s.length(), at + random.nextInt(200)));
                case 3 -> {
                    String other = seeds.get(random.nextInt(seeds.size()));
                    int from = other.isEmpty() ? 0 : random.nextInt(other.length());
                    s.insert(at, other, from, Math.min(other.length(), from + random.nextInt(400)));
                }
                case 4 -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, (char) random.nextInt(0x3000));
                    }
                }
                default -> s.insert(at, (char) random.nextInt(0x80));
            }
        }
        return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s.toString();
    }

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> guides = Files.list(Fixtures.content("."))) {
            for (Path p : guides.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                seeds.add(Files.readString(p));
            }
        }
        HostileInputTest.cases().forEach(a -> seeds.add("---\ntitle: Test guide\n---\n" + a.get()[1]));
        BadInputTest.badGuides().forEach(a -> seeds.add((String) a.get()[1]));
        seeds.add("---\ntitle: Links\nsubtitle: www.evil.com\nallowed-links: [com]\n---\n[A](https:evil.com) "
                + "[B](https:\\\\\\\\evil.com\\\\.medlineplus.gov) [https://medlineplus.gov](https://x.example) "
                + "cheap-meds-online.com e.g. 3.5 mg U.S.\n\nYour diet:\n    - Leafy greens\n\u2022 Tea\n\n"
                + "Next visit: ____\n");
        seeds.add("---\ntitle: \"\\e[31m...\"\n---\n## ...\n\n" + "a".repeat(100_000) + "\n");
        return seeds;
    }
}
