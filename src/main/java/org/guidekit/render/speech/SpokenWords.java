package org.guidekit.render.speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules for words a voice gets wrong: web and e-mail addresses, abbreviations, medical acronyms and symbols.
 */
final class SpokenWords {
    /** Abbreviations with their periods (regex) → words. Latin dosing terms are read as their meaning. */
    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();
    /** Acronyms FreeTTS would read as a word ("MRI" → "mree"): spelled out or expanded. */
    private static final Map<String, String> ACRONYMS = new LinkedHashMap<>();

    static {
        abbreviation("e\\.\\s?g\\.,?", "for example,");
        abbreviation("i\\.\\s?e\\.,?", "that is,");
        abbreviation("etc\\.", "and so on");
        abbreviation("approx\\.?", "about");
        abbreviation("[bB]\\.[iI]\\.[dD]\\.|BID", "twice a day");
        abbreviation("[tT]\\.[iI]\\.[dD]\\.|TID", "three times a day");
        abbreviation("[qQ]\\.[iI]\\.[dD]\\.|QID", "four times a day");
        abbreviation("[qQ]\\.[dD]\\.", "once a day");
        abbreviation("[qQ]\\.?[hH]\\.?[sS]\\.|QHS", "at bedtime");
        abbreviation("[pP]\\.[rR]\\.[nN]\\.|PRN", "as needed");
        abbreviation("[pP]\\.[oO]\\.", "by mouth");
        abbreviation("vs\\.?", "versus");
        abbreviation("Dr\\.", "Doctor");
        abbreviation("Mr\\.", "Mister");
        abbreviation("Mrs\\.", "Missus");
        abbreviation("Ms\\.", "Miz");
        abbreviation("No\\.(?=\\s?\\d)", "number");
        abbreviation("hrs\\.?", "hours");
        abbreviation("w/o", "without");
        abbreviation("w/", "with");
        abbreviation("and/or", "and or");
        abbreviation("appt\\.?", "appointment");
        abbreviation("tabs?\\.", "tablets");
        for (String letters : List.of("HIV", "MRI", "ICU", "ER", "CT", "ECG", "EKG", "COPD", "CPR", "IV", "UTI",
                "STI", "TB", "BMI", "DVT", "GP", "ADHD", "INR", "ENT", "AED", "CDC", "FDA", "HPV", "RSV", "PT", "ID",
                "OT", "ICD", "AST", "ALT", "GERD", "IBS", "LDL", "HDL", "TSH", "PSA", "EEG", "ALS", "MS", "CKD", "ED", "OB")) {
            ACRONYMS.put(letters, String.join(" ", letters.split("")));
        }
        ACRONYMS.put("NSAIDs", "en-sayds");
        ACRONYMS.put("NSAID", "en-sayd");
        ACRONYMS.put("BP", "blood pressure");
        ACRONYMS.put("OTC", "over the counter");
        ACRONYMS.put("ASAP", "as soon as possible");
        ACRONYMS.put("COVID-19", "covid nineteen");
        ACRONYMS.put("SpO2", "oxygen level");
        ACRONYMS.put("ACE", "ace");
        // Said as words, not letters: the initialism rule would otherwise spell them.
        ACRONYMS.put("COVID", "covid");
        ACRONYMS.put("MRSA", "mersa");
        ACRONYMS.put("HIPAA", "hippa");
        ACRONYMS.put("DEXA", "dexa");
        ACRONYMS.put("WIC", "wick");
        ACRONYMS.put("NICU", "nick-you");
    }

    /** The top-level domains a written web address is recognised by. */
    private static final String TOP_LEVEL = "org|com|gov|net|edu|uk|ca|au|us|info|health|nhs";

    /** Abbreviations that stand before a name. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("Dr\\.", "Mr\\.", "Mrs\\.", "Ms\\.");

    private SpokenWords() {
    }

    private static void abbreviation(String regex, String words) {
        ABBREVIATIONS.put(regex, words);
    }

    static List<Rewrite> rules() {
        List<Rewrite> rules = new ArrayList<>();
        // Each rule or group behind onlyWhere runs only where its guard finds what every one of its matches
        // contains (a colon, an @, a dot before a top-level domain, ...): most sentences have none.
        rules.add(Rewrite.onlyWithAny(":", List.of(Rewrite.of("(?i)\\bmailto:", m -> ""))));
        // Starts only where a run of address characters starts, and never gives characters back: linear on a
        // 100,000-character "word" (a plain \b[\w.+-]+@ tried every start and took 47 s).
        rules.add(Rewrite.onlyWithAny("@", List.of(Rewrite.of("(?<![\\w.+-])[\\w.+-]++@[\\w-]+(?:\\.[\\w-]+){1,10}\\b", m -> email(m.group())))));
        rules.add(Rewrite.onlyWhere("(?i)\\.(?:" + TOP_LEVEL + ")", List.of(Rewrite.of("(?i)\\b(?:https?://)?(?:www\\.)?((?:[a-z0-9-]{1,63}\\.){1,10}(?:" + TOP_LEVEL
                + "))\\b(/[^\\s?#]*[^\\s.,;:!?)?#])?(?:[?#][^\\s]*[^\\s.,;:!?)])?/?",
                m -> host(m.group(1)) + path(m.group(2))))));
        List<Rewrite> abbreviations = new ArrayList<>();
        for (Map.Entry<String, String> e : ABBREVIATIONS.entrySet()) {
            // "Take it b.i.d. Then rest." - the abbreviation's period also ended the sentence: keep one. A title
            // is always followed by a capitalised name ("Dr. Patel"), so for titles only the end of the text counts.
            String end = TITLES.contains(e.getKey()) ? "(?=\\s*$)" : "(?=\\s+[A-Z]|\\s*$)";
            abbreviations.add(Rewrite.literal("(?<![\\w.])(?:" + e.getKey() + ")(?<=\\.)" + end,
                    e.getValue() + "."));
            abbreviations.add(Rewrite.literal("(?<![\\w.])(?:" + e.getKey() + ")(?![\\w])", e.getValue()));
        }
        // Every match of these 46 rules is also a match of this one pattern, so a text it finds nothing in (most
        // sentences) is scanned once instead of 46 times, with the same result.
        rules.add(Rewrite.onlyWhere("(?<![\\w.])(?:" + String.join("|", ABBREVIATIONS.keySet()) + ")",
                abbreviations));
        // every acronym has two capitals in a row, but "SpO2", which has a digit
        rules.add(Rewrite.onlyWhere("[A-Z]{2}|\\d", List.of(acronyms())));
        rules.add(Rewrite.onlyWithAny("&+=<>/", List.of( // each needs one of these symbols
                Rewrite.literal("\\s&\\s|&", " and "),
                Rewrite.literal("\\s\\+\\s", " plus "),
                Rewrite.literal("\\s=\\s", " equals "),
                Rewrite.literal("\\s?>\\s?(?=\\d)", " more than "),
                Rewrite.literal("\\s?<\\s?(?=\\d)", " less than "),
                Rewrite.literal("(?<=\\p{Alpha})/(?=\\p{Alpha})", " or "))));
        return rules;
    }

    /**
     * Every acronym in one pattern, longest first, instead of one pass over the text per acronym (60 passes were
     * a third of the speech normaliser's time). The same result as one rule per acronym in the table's order: no
     * replacement contains an acronym, and where one acronym begins another ("COVID" in "COVID-19") the longer is
     * tried first, as the table lists it.
     */
    private static Rewrite acronyms() {
        List<String> keys = new ArrayList<>(ACRONYMS.keySet());
        keys.sort(java.util.Comparator.comparingInt(String::length).reversed()); // stable: table order for ties
        String alternatives = String.join("|", keys.stream().map(java.util.regex.Pattern::quote).toList());
        return Rewrite.of("\\b(" + alternatives + ")(?:'?s)?\\b", m -> ACRONYMS.get(m.group(1)));
    }

    private static String email(String address) {
        String[] parts = address.split("@", 2);
        return parts[0].replace(".", " dot ") + " at " + host(parts[1]);
    }

    /**
     * "/baclofen.html" → " slash baclofen dot html": a listener needs the path to find the page. A query or
     * fragment after it ({@code ?utm=...}) is left out: nobody types that from hearing it.
     */
    private static String path(String path) {
        if (path == null || path.equals("/")) {
            return "";
        }
        return path.replaceFirst("/$", "").replace("/", " slash ").replace(".", " dot ").replace("-", " dash ")
                .replace("_", " underscore ");
    }

    /** "www.riverside-health.org" → "riverside health dot org". */
    private static String host(String host) {
        return host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "").replace("-", " ")
                .replace(".", " dot ");
    }
}
