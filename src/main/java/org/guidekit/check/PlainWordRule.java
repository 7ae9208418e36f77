package org.guidekit.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Medical terms with an everyday alternative ("hypertension" → "high blood pressure", "analgesic" → "pain reliever",
 * "myocardial infarction" → "heart attack"): info, once per term per guide, at its first use with the number of uses,
 * so a leaflet that says "hypertension" ten times gets one line, not ten. Info, not a warning: the term is not wrong,
 * and a guide may need it once, explained; a use whose text also gives the alternative ("hypertension (high blood
 * pressure)") is not counted.
 * <p>The bundled list ({@code plain-words.txt} beside this class) is our own wording of terms found in public
 * plain-language lists: CDC's "Everyday Words for Public Health Communication", CDC's "Plain Language Thesaurus for
 * Health Communications", plainlanguage.gov's "Use simple words and phrases" and the NCI Dictionary of Cancer Terms.
 * A clinic extends or overrides it with {@code content/plain-words.yaml} ({@link CheckSettings#plainWords()}); an
 * empty alternative there switches a term off. English text only.
 */
final class PlainWordRule implements Rule {
    static final String ID = "plain-words";
    private static final Map<String, String> BUNDLED = load();

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public Scope scope() {
        return Scope.ENGLISH_TEXT;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        Map<String, String> words = new TreeMap<>(BUNDLED);
        context.settings().plainWords().forEach((term, plain) -> words.put(term.strip().toLowerCase(Locale.ROOT),
                plain.strip()));
        words.values().removeIf(String::isEmpty);
        // Longest terms first, so "adverse reaction" is reported rather than a shorter term inside it.
        List<String> terms = words.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        Pattern any = pattern(terms);
        Map<String, Use> uses = new LinkedHashMap<>();
        for (TextUnit u : context.units()) {
            String lower = u.text().toLowerCase(Locale.ROOT);
            Matcher m = any.matcher(u.text());
            while (m.find()) {
                String term = term(m.group(), words);
                if (term != null && !lower.contains(words.get(term).toLowerCase(Locale.ROOT))) {
                    uses.computeIfAbsent(term, t -> new Use(m.group().replaceAll("\\s+", " "), u.line())).count++;
                }
            }
        }
        Findings found = new Findings(context, ID);
        uses.forEach((term, use) -> found.add(Severity.INFO, use.line, "\"" + use.written + "\" is a medical term"
                + (use.count > 1 ? " (used " + use.count + " times)" : "") + "; many readers know it as \""
                + words.get(term) + "\"", "write \"" + words.get(term) + "\", or explain the term where it is "
                + "first used"));
        return found.list();
    }

    private static Pattern pattern(List<String> terms) {
        StringBuilder b = new StringBuilder("(?iu)(?<![\\p{L}\\p{N}-])(?:");
        for (int i = 0; i < terms.size(); i++) {
            b.append(i == 0 ? "" : "|").append(Pattern.quote(terms.get(i)).replace(" ", "\\E\\s+\\Q"));
        }
        return Pattern.compile(b.append(")(?:e?s)?(?![\\p{L}\\p{N}-])").toString());
    }

    /** The list's term for a match, which may be a plural ("sutures", "lesions"). */
    private static String term(String match, Map<String, String> words) {
        String lower = match.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (String t : new String[] {lower, lower.replaceAll("es$", ""), lower.replaceAll("s$", "")}) {
            if (words.containsKey(t)) {
                return t;
            }
        }
        return null;
    }

    private static Map<String, String> load() {
        Map<String, String> list = new TreeMap<>();
        try (InputStream in = PlainWordRule.class.getResourceAsStream("plain-words.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(':');
                if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                    list.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(list);
    }

    /** The first use of a term and how often it is used. */
    private static final class Use {
        final String written;
        final int line;
        int count;

        Use(String written, int line) {
            this.written = written;
            this.line = line;
        }
    }
}
