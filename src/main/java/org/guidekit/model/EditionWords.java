package org.guidekit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words guidekit's editions print besides the guide's own (callout labels, the review date, "Picture",
 * "Contents", page numbers, the page's links), in a guide's language, so that every edition words them alike. One
 * resource file per language, {@code words-<language>.properties} beside this class; a language without one gets
 * the English words, and {@link #language()} says so, for the editions that mark the language of what they print.
 *
 * @param language the language these words are in: "en", "es" or "fr"
 * @param words    every key and its words
 */
public record EditionWords(String language, Map<String, String> words) {
    /** The languages with a file of their own; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "es", "fr");
    private static final Map<String, EditionWords> LOADED = load();

    public EditionWords {
        words = Map.copyOf(words);
    }

    /** The words for a guide written in {@code languageTag} (BCP 47: "es", "es-MX"); English when unknown. */
    public static EditionWords forLanguage(String languageTag) {
        EditionWords known = LOADED.get(Locale.forLanguageTag(languageTag).getLanguage());
        return known != null ? known : LOADED.get(LANGUAGES.get(0));
    }

    /** The words under {@code key}. */
    public String get(String key) {
        String w = words.get(key);
        if (w == null) {
            throw new IllegalArgumentException("no words for \"" + key + "\" in words-" + language + ".properties");
        }
        return w;
    }

    /** The words under {@code key} with its {@code %} fields filled in, the same in every default locale. */
    public String format(String key, Object... values) {
        return String.format(Locale.ROOT, get(key), values);
    }

    private static Map<String, EditionWords> load() {
        Map<String, EditionWords> loaded = new TreeMap<>();
        for (String language : LANGUAGES) {
            loaded.put(language, new EditionWords(language, read(language)));
        }
        return loaded;
    }

    /** The file of one language; a missing or unreadable file is a broken jar, not a user's mistake. */
    static Map<String, String> read(String language) {
        String name = "words-" + language + ".properties";
        try (InputStream in = EditionWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from guidekit's jar");
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> words = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> words.put(k, p.getProperty(k)));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from guidekit's jar", e);
        }
    }
}
