package org.guidekit.render.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pronunciations bundled with guidekit for the medicines prescribed most in the United States (the generic
 * names of ClinCalc DrugStats' Top 300), from {@code drug-names.txt} beside this class. They sit under the clinic's
 * {@code pronunciations.yaml} and the guide's own list: the voice gets them first, and an entry of either list for
 * the same word replaces them. Words listed here count as known to the voice, so the unknown-word check does not
 * ask a clinic to respell "metformin".
 *
 * <p>Read once, on first use, and shared: guides are rendered and checked one after another with the same list.
 */
public final class DrugNames {
    /** The file's name, next to this class. */
    static final String RESOURCE = "drug-names.txt";
    private static final String LEXICON = "lexicon";

    /**
     * One word of the list.
     *
     * @param word       the word, lower case
     * @param respelling how it is said ("met-FOR-min"), or empty when the voice's own dictionary says it right
     * @param phones     the CMU phones the voice says for it, a stressed vowel marked 1
     */
    public record Entry(String word, Optional<String> respelling, List<String> phones) {
        public Entry {
            phones = List.copyOf(phones);
        }
    }

    private final List<Entry> entries;
    private final Map<String, List<String>> addenda;
    private final Set<String> words;
    private final String fingerprint;

    private DrugNames(List<Entry> entries, String fingerprint) {
        this.entries = List.copyOf(entries);
        Map<String, List<String>> added = new TreeMap<>();
        Set<String> all = new TreeSet<>();
        for (Entry e : entries) {
            all.add(e.word());
            e.respelling().ifPresent(r -> added.put(e.word(), e.phones()));
        }
        this.addenda = java.util.Collections.unmodifiableMap(added);
        this.words = java.util.Collections.unmodifiableSet(all);
        this.fingerprint = fingerprint;
    }

    /** Every entry, sorted by word. */
    public static List<Entry> entries() {
        return Holder.LIST.entries;
    }

    /** Word → phones of the entries that need a lexicon entry (those with a respelling), sorted by word. */
    public static Map<String, List<String>> addenda() {
        return Holder.LIST.addenda;
    }

    /** True when {@code word} (lower case) is in the list, with a respelling or as the voice's own. */
    public static boolean contains(String word) {
        return Holder.LIST.words.contains(word);
    }

    /** A hash of the list, for caches of spoken audio: a changed list is different speech. */
    public static String fingerprint() {
        return Holder.LIST.fingerprint;
    }

    /** Parses the list; a malformed line is a bug in guidekit's own file, reported with its line number. */
    static DrugNames parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String previous = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s*\\|\\s*");
            if (parts.length != 3 || !parts[0].matches("[a-z]+")) {
                throw broken(i, "is not word | respelling | phones");
            }
            if (parts[0].compareTo(previous) <= 0) {
                throw broken(i, "is out of order or repeats a word; keep the list sorted");
            }
            List<String> phones = Arrays.asList(parts[2].split(" "));
            if (!phones.stream().allMatch(CmuPhones::isValid)) {
                throw broken(i, "has a phone the voice cannot say");
            }
            Optional<String> respelling = parts[1].equals(LEXICON) ? Optional.empty() : Optional.of(parts[1]);
            entries.add(new Entry(parts[0], respelling, phones));
            previous = parts[0];
        }
        return new DrugNames(entries, sha256(text));
    }

    private static IllegalStateException broken(int index, String what) {
        return new IllegalStateException("guidekit's " + RESOURCE + " line " + (index + 1) + " " + what);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static DrugNames load() {
        try (InputStream in = DrugNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("guidekit's " + RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read guidekit's " + RESOURCE, e);
        }
    }

    /** Loaded on first use, by the class-initialisation rules (thread-safe, once). */
    private static final class Holder {
        static final DrugNames LIST = load();
    }
}
