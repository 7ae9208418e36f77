package org.guidekit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.guidekit.read.MarkdownGuideReader;

/**
 * Generates the library for bench/library (not a test): {@code guides/} holds N guides recombined from the two
 * sample guides plus a copy of the sample guide, {@code long/} one guide of at least 50,000 words. Deterministic
 * (fixed seed): the same arguments give the same files. Every file written is read back with
 * {@link MarkdownGuideReader}, so each is a valid guide.
 *
 * <p>Arguments: OUT_DIR [GUIDES (200)] [LONG_WORDS (50000)] [SEED (6)].
 */
public final class LibraryGenerator {
    static final String SAMPLE = "back-muscle-spasms.md";
    private static final Path CONTENT = Path.of("content");
    private static final String[] PREFIXES = {"Home Care:", "Your Guide to", "Living Well with", "Quick Guide:",
        "Patient Guide:", "Taking Charge of", "Questions and Answers:", "At Home with"};
    private static final String[] SUBJECTS = {"Back Muscle Spasms", "Blood Pressure at Home", "Back Pain and Blood "
            + "Pressure", "Staying Active", "Medicine, Rest and Water", "Stretching and Readings", "Everyday Health",
        "Pain, Posture and Pressure", "Caring for Your Back", "Your Heart and Your Back"};

    private LibraryGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-library");
        int guides = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int longWords = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 6;
        List<SampleGuide> samples = List.of(SampleGuide.parse(CONTENT.resolve(SAMPLE)),
                SampleGuide.parse(CONTENT.resolve("checking-blood-pressure-at-home.md")));
        Path library = prepare(out.resolve("guides"));
        Path longDir = prepare(out.resolve("long"));
        Random random = new Random(seed);
        int[] words = new int[guides];
        for (int i = 0; i < guides; i++) {
            String name = String.format(Locale.ROOT, "guide-%03d", i + 1);
            String text = libraryGuide(samples, random);
            words[i] = bodyWords(text);
            writeValid(library.resolve(name + ".md"), text);
        }
        Files.copy(CONTENT.resolve(SAMPLE), library.resolve(SAMPLE), StandardCopyOption.REPLACE_EXISTING);
        MarkdownGuideReader.read(library.resolve(SAMPLE));
        String longText = longGuide(samples, random, longWords);
        writeValid(longDir.resolve("long-guide.md"), longText);
        var stats = java.util.Arrays.stream(words).summaryStatistics();
        System.out.printf("%s: %d generated guides (%d to %d words, mean %.0f; the sample has %d) + %s%n", library,
                guides, stats.getMin(), stats.getMax(), stats.getAverage(),
                bodyWords(Files.readString(CONTENT.resolve(SAMPLE))), SAMPLE);
        System.out.printf("%s: %d words, %d ## sections%n", longDir.resolve("long-guide.md"), bodyWords(longText),
                longText.lines().filter(l -> l.startsWith("## ")).count());
    }

    /** A guide of about the samples' length: a few sections of both samples in a new order, blocks reshuffled. */
    static String libraryGuide(List<SampleGuide> samples, Random random) {
        SampleGuide lead = samples.get(random.nextInt(samples.size()));
        String title = PREFIXES[random.nextInt(PREFIXES.length)] + " " + SUBJECTS[random.nextInt(SUBJECTS.length)];
        List<SampleGuide.Section> pool = new ArrayList<>();
        samples.forEach(s -> pool.addAll(s.sections()));
        Collections.shuffle(pool, random);
        int target = 450 + random.nextInt(350);
        StringBuilder body = new StringBuilder(String.join("\n\n", shuffledTail(lead.intro(), random)));
        int words = bodyWords(body.toString());
        int step = 1;
        for (SampleGuide.Section s : pool) {
            if (words >= target) {
                break;
            }
            String heading = s.heading();
            if (heading.startsWith("Step ")) {
                heading = heading.replaceFirst("^Step \\d+", "Step " + step++);
            }
            String section = "## " + heading + "\n\n" + String.join("\n\n", shuffledTail(s.blocks(), random));
            body.append("\n\n").append(section);
            words += bodyWords(section);
        }
        return lead.frontMatter(title) + body + "\n";
    }

    /** One guide of at least {@code minWords} words: parts (##) made of the samples' sections (###). */
    static String longGuide(List<SampleGuide> samples, Random random, int minWords) {
        SampleGuide lead = samples.get(0);
        StringBuilder text = new StringBuilder(lead.frontMatter("The Complete Home Care Book"))
                .append(String.join("\n\n", lead.intro()));
        List<SampleGuide.Section> pool = new ArrayList<>();
        samples.forEach(s -> pool.addAll(s.sections()));
        int words = bodyWords(text.toString());
        for (int part = 1; words < minWords; part++) {
            Collections.shuffle(pool, random);
            StringBuilder p = new StringBuilder("\n\n## Part " + part + ": " + pool.get(0).heading()
                    .replaceFirst("^Step \\d+: ", ""));
            for (SampleGuide.Section s : pool.subList(0, 6)) {
                p.append("\n\n### ").append(s.heading()).append("\n\n")
                        .append(String.join("\n\n", shuffledTail(s.blocks(), random)));
            }
            text.append(p);
            words += bodyWords(p.toString());
        }
        return text.append("\n").toString();
    }

    /** The blocks with the first kept in place (it introduces the rest) and the others in a new order. */
    private static List<String> shuffledTail(List<String> blocks, Random random) {
        List<String> tail = new ArrayList<>(blocks.subList(1, blocks.size()));
        Collections.shuffle(tail, random);
        List<String> all = new ArrayList<>(List.of(blocks.get(0)));
        all.addAll(tail);
        return all;
    }

    /** Words of Markdown text outside the front matter, counted like {@code wc -w}. */
    static int bodyWords(String text) {
        String body = text.startsWith("---") ? text.substring(text.indexOf("\n---", 3) + 4) : text;
        String trimmed = body.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static void writeValid(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        MarkdownGuideReader.read(file); // throws, naming file and line, if the generated guide is invalid
    }

    /** An empty folder with the samples' shared files (pronunciations, allowed links, images). */
    private static Path prepare(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir.resolve("images"));
        for (String f : List.of("pronunciations.yaml", "allowed-links.yaml", "images/knee-to-chest.png")) {
            Files.copy(CONTENT.resolve(f), dir.resolve(f));
        }
        return dir;
    }
}
