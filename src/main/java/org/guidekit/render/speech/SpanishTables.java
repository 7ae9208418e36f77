package org.guidekit.render.speech;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Spanish normaliser's word tables, read once from {@code es/*.txt} beside this class: units, nouns that are
 * counted, abbreviations and service telephone numbers. Lines are {@code field | field}; {@code #} starts a comment.
 */
final class SpanishTables {
    /**
     * A unit abbreviation and what is said for it.
     *
     * @param printed  as printed, "mg"
     * @param gender   of the spoken noun, which the number before it takes
     * @param singular "miligramo"
     * @param plural   "miligramos"
     * @param alone    whether it is said where no number comes before it ("mg" yes, "g" no)
     */
    record Unit(String printed, SpanishNumbers.Gender gender, String singular, String plural, boolean alone) {
    }

    /** A counted noun: "tableta", "tabletas", feminine. */
    record Noun(String singular, String plural, SpanishNumbers.Gender gender) {
    }

    static final Map<String, Unit> UNITS = units();
    static final Map<String, Noun> NOUNS = nouns();
    static final Map<String, String> ABBREVIATIONS = pairs("abbreviations.txt");
    static final Map<String, String> LETTERS = pairs("letters.txt");
    static final List<String> SERVICE_NUMBERS = lines("service-numbers.txt").stream().map(l -> l[0]).toList();

    /** Every unit, longest first, as one regex alternation (so "mmHg" is tried before "mm" and "m"). */
    static final String UNIT_ALTERNATION = alternation(UNITS.keySet());

    private SpanishTables() {
    }

    /** The counted noun {@code word} (singular or plural, any case), if listed. */
    static Optional<Noun> noun(String word) {
        return Optional.ofNullable(NOUNS.get(word.toLowerCase(Locale.ROOT)));
    }

    static String alternation(java.util.Collection<String> printed) {
        return String.join("|", printed.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).toList());
    }

    private static Map<String, Unit> units() {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (String[] f : lines("units.txt")) {
            units.put(f[0], new Unit(f[0], gender(f[1]), f[2], f[3], f[4].equals("yes")));
        }
        return java.util.Collections.unmodifiableMap(units);
    }

    private static Map<String, Noun> nouns() {
        Map<String, Noun> nouns = new LinkedHashMap<>();
        for (String[] f : lines("nouns.txt")) {
            Noun n = new Noun(f[0], f[1], gender(f[2]));
            nouns.put(f[0], n);
            nouns.put(f[1], n);
        }
        return java.util.Collections.unmodifiableMap(nouns);
    }

    private static Map<String, String> pairs(String resource) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String[] f : lines(resource)) {
            pairs.put(f[0], f[1]);
        }
        return java.util.Collections.unmodifiableMap(pairs);
    }

    private static SpanishNumbers.Gender gender(String letter) {
        return switch (letter) {
            case "m" -> SpanishNumbers.Gender.MASCULINE;
            case "f" -> SpanishNumbers.Gender.FEMININE;
            default -> SpanishNumbers.Gender.NONE;
        };
    }

    private static List<String[]> lines(String resource) {
        String name = "es/" + resource;
        try (InputStream in = SpanishTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + SpanishTables.class);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\\s*\\|\\s*", -1));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
