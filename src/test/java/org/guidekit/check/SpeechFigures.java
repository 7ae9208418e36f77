package org.guidekit.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.guidekit.check.InformationToken.Type;
import org.guidekit.library.BuildContext;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.ReadResult;
import org.guidekit.render.audio.FreeTtsVoiceWords;

/**
 * The speech verifier's figures over a set of guides: words the voice says, pieces of information checked, and
 * mismatches per 1,000 words by class (phone, dose, other), with every mismatch listed by class. Used by
 * {@code SpeechVerifierCorpusTest} and by the bench main {@code org.guidekit.bench.SpeechVerifyBench}.
 */
public final class SpeechFigures {
    private final Map<String, Integer> tokensByClass = new TreeMap<>();
    private final Map<Type, Integer> tokens = new EnumMap<>(Type.class);
    /** Each mismatch once, though a column name said wrong in every row is found with every row. */
    private final Map<Type, java.util.Set<String>> mismatches = new EnumMap<>(Type.class);
    private int words;
    private int guides;
    private int skipped;

    /** Verifies every guide in {@code files} (English ones; others are counted as skipped). */
    public static SpeechFigures of(List<Path> files) {
        SpeechFigures f = new SpeechFigures();
        for (Type t : Type.values()) {
            f.tokens.put(t, 0);
            f.mismatches.put(t, new java.util.LinkedHashSet<>());
        }
        for (Path file : files) {
            f.add(file);
        }
        return f;
    }

    /** The Markdown guides under {@code root}, sorted (none when it does not exist). */
    public static List<Path> guidesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".md")).filter(p -> !p.getFileName().toString()
                    .toUpperCase(Locale.ROOT).startsWith("README")).sorted().toList();
        }
    }

    private void add(Path file) {
        ReadResult read = MarkdownGuideReader.readAll(file);
        if (read.guide().isEmpty()) {
            skipped++;
            return;
        }
        Guide guide = read.guide().get();
        if (!Locale.forLanguageTag(guide.metadata().language()).getLanguage().equals("en")) {
            skipped++;
            return;
        }
        CheckSettings settings = BuildContext.of(BuildContext.rootOf(file))
                .checkSettings(CheckSettings.defaults().withVoiceWords(FreeTtsVoiceWords.instance()));
        SpokenReadingRule.Verification v = SpokenReadingRule.verify(new CheckContext(guide, settings));
        guides++;
        words += v.words();
        for (InformationToken t : v.tokens()) {
            tokens.merge(t.type(), 1, Integer::sum);
            tokensByClass.merge(t.kind(), 1, Integer::sum);
        }
        for (SpokenReadingRule.Mismatch m : v.mismatches()) {
            mismatches.get(m.token().type()).add(file + ":" + m.line() + ": " + m.message() + "; it should say '"
                    + m.expected() + "'");
        }
    }

    public int words() {
        return words;
    }

    /** Mismatches of one class ("phone", "dose", "other"). */
    public int mismatches(String type) {
        return mismatches.get(Type.valueOf(type.toUpperCase(Locale.ROOT))).size();
    }

    /** Mismatches of one class per 1,000 words. */
    public double perThousand(String type) {
        return words == 0 ? 0 : 1000.0 * mismatches(type) / words;
    }

    /** The figures as a small table. */
    public String summary(String title) {
        StringBuilder sb = new StringBuilder(title + ": " + guides + " English guides (" + skipped
                + " skipped: other language or unreadable), " + words + " words spoken, "
                + tokens.values().stream().mapToInt(Integer::intValue).sum() + " information tokens\n");
        sb.append(String.format(Locale.ROOT, "  %-6s %7s %11s %15s%n", "class", "tokens", "mismatches",
                "per 1,000 words"));
        for (Type t : Type.values()) {
            sb.append(String.format(Locale.ROOT, "  %-6s %7d %11d %15.2f%n", t.label(), tokens.get(t),
                    mismatches(t.label()), perThousand(t.label())));
        }
        sb.append("  tokens by kind: ").append(tokensByClass).append('\n');
        return sb.toString();
    }

    /** Every mismatch, grouped by class. */
    public String mismatchList() {
        StringBuilder sb = new StringBuilder();
        for (Type t : Type.values()) {
            sb.append("== ").append(t.label()).append(" (").append(mismatches.get(t).size()).append(")\n");
            mismatches.get(t).forEach(m -> sb.append(m).append('\n'));
        }
        return sb.toString();
    }
}
