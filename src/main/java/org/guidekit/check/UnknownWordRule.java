package org.guidekit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Words the voice does not know (not in its dictionary, not in the guide's or the clinic's pronunciation list):
 * it will guess them from the spelling, which often goes wrong for drug names. Each is listed once (info); drug
 * names, and words written with a dose strength, are warnings because a misheard medicine name is a safety risk.
 * Dosage forms ("chewable", "caplet", "ODT") are never taken for medicine names.
 *
 * <p>A unit abbreviation is no word to respell: where the voice's normaliser expands it (after a number, "2 mg" is
 * said "2 milligrams") it is not looked at; where it is left as letters ("mg/dL", "(mg)", "____ mg", or a unit the
 * normaliser does not know, "6-11 mos") it is a warning that says which unit, where, and the words to write.
 */
final class UnknownWordRule implements Rule {
    static final String ID = "speech-unknown-word";
    /** Bounded repetition: Java's regex engine recurses once per repeat, and "a'a'a'…" must not overflow the stack. */
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}]++(?:'[\\p{L}]++){0,8}");
    private static final Pattern DRUG_ENDING = Pattern.compile("(?i).+(fen|profen|olol|pril|sartan|statin|mab|cillin|"
            + "mycin|cycline|azole|prazole|tidine|azepam|zolam|codone|morphone|formin|parin|farin|gliptin|glitazone|"
            + "olone|triptan|afil|floxacin|dipine|semide|thiazide|caine|lukast|tropium|terol|oxetine|aline|amine|"
            + "mazepine|etine|adol|azine|idone|barbital|vir)");
    private static final Pattern WITH_DOSE = Pattern.compile("\\s*\\d+(?:[.,]\\d+)?\\s?(?:mg|mcg|\u00B5g|g|ml|mL|IU|units?)\\b");

    private static final Set<String> CONTRACTIONS = Set.of("ll", "re", "ve", "d", "t", "m", "s");
    /** Forms a medicine comes in: printed before a strength ("Chewable 80 mg") but not a medicine's name. */
    private static final Set<String> DOSAGE_FORMS = Set.of("chewable", "chewables", "caplet", "caplets", "gelcap",
            "gelcaps", "softgel", "softgels", "liquigel", "liquigels", "gummy", "gummies", "odt", "tablet", "tablets",
            "capsule", "capsules", "lozenge", "lozenges", "suppository", "suppositories", "suspension", "syrup",
            "elixir", "drops", "dropper", "sachet", "sachets", "inhaler", "nebule", "nebules", "er", "xr", "sr", "cr",
            "dr", "xl", "la");

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        if (context.settings().lexicon().isEmpty()) {
            return List.of();
        }
        VoiceLexicon lexicon = context.settings().lexicon().get();
        Set<String> listed = pronounced(context);
        Map<String, Unknown> unknown = new LinkedHashMap<>();
        for (TextUnit u : context.text().units()) {
            String text = withoutAddresses(u.text()).replace('\u2019', '\'');
            // Units and abbreviations the voice expands are not said. What is said is worked out only for a text
            // with a word the voice does not know: the spoken form costs more than the rest of the check together
            // on a long guide, and most texts have no such word.
            Set<String> said = null;
            var m = LETTERS.matcher(text);
            while (m.find()) {
                String word = m.group();
                String lower = word.toLowerCase(Locale.ROOT).replaceAll("'s$", "");
                if (lower.length() <= 1 || known(lower, listed, lexicon)) {
                    continue;
                }
                if (said == null) {
                    said = words(lexicon.spoken(text));
                }
                if (said.contains(lower)) {
                    boolean dose = WITH_DOSE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40))
                            .lookingAt();
                    unknown.computeIfAbsent(lower, k -> new Unknown(word, u.line(), around(text, m.start(), m.end())))
                            .add(dose);
                }
            }
        }
        List<Finding> found = new ArrayList<>();
        unknown.forEach((lower, w) -> found.add(unit(context, lexicon, w).orElseGet(() -> finding(context, lower, w))));
        return found;
    }

    /**
     * Known as written, or as a plural or contraction of a word in the voice's dictionary: its letter-to-sound
     * rules add "-s" and "'ll" correctly, and the dictionary lists few inflected forms. A pronunciation-list entry
     * counts only for the exact word, because the voice applies it to that word alone ("lantu" does not fix
     * "Lantus").
     */
    private static boolean known(String lower, Set<String> listed, VoiceLexicon lexicon) {
        if (listed.contains(lower) || lexicon.knows(lower)) {
            return true;
        }
        int apostrophe = lower.indexOf('\'');
        if (apostrophe > 0 && CONTRACTIONS.contains(lower.substring(apostrophe + 1))) {
            return known(lower.substring(0, apostrophe), listed, lexicon) || lower.equals("won't")
                    || lower.equals("can't");
        }
        String singular = singular(lower);
        return !singular.equals(lower) && lexicon.knows(singular);
    }

    private static Set<String> words(String text) {
        Set<String> words = new java.util.HashSet<>();
        var m = LETTERS.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replaceAll("'s$", ""));
        }
        return words;
    }

    private static String singular(String lower) {
        return lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3
                ? lower.substring(0, lower.length() - 1) : lower;
    }

    /**
     * The printed word a match is part of ("mg/dL" for the "mg" in it), with the word before when the match opens
     * it ("160 mg/5", "\u00BD tsp", "dose (mg)"), to show where the voice goes wrong.
     */
    private static String around(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        if (text.substring(from, start).matches("[(\\[\"']*")) {
            while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to).strip().replaceAll("[,.;:!?]+$", "");
    }

    /**
     * A unit abbreviation left as letters: one the normaliser expands after a number but that stands elsewhere
     * here, or one it does not expand at all.
     */
    private static java.util.Optional<Finding> unit(CheckContext context, VoiceLexicon lexicon, Unknown w) {
        String used = w.count > 1 ? " (used " + w.count + " times)" : "";
        java.util.Optional<String> expanded = lexicon.unitAfterNumber(w.word);
        if (expanded.isPresent()) {
            String words = expanded.get();
            return java.util.Optional.of(context.finding(ID, Severity.WARNING, w.line, "the unit \"" + w.word + "\""
                    + used + " is said in words where a number comes right before it (\"2 " + w.word + "\" is said \"2 "
                    + words + "\"), but not in \"" + ReadingGradeRule.shorten(w.context) + "\": there the voice will "
                    + "not say \"" + words + "\" and will guess from the letters", "write \"" + words + "\" there"));
        }
        return UnitAbbreviations.words(w.word).map(words -> context.finding(ID, Severity.WARNING, w.line, "\""
                + w.word + "\"" + used + " is short for \"" + words + "\", but the voice does not expand it (here in \""
                + ReadingGradeRule.shorten(w.context) + "\") and will guess from the letters", "write \"" + words
                + "\""));
    }

    private static Finding finding(CheckContext context, String lower, Unknown w) {
        boolean drug = !DOSAGE_FORMS.contains(lower) && (w.withDose || DRUG_ENDING.matcher(lower).matches());
        String what = "the voice does not know \"" + ReadingGradeRule.shorten(w.word) + "\"" + (w.count > 1 ? " (used " + w.count + " times)" : "")
                + (drug ? ", which looks like a medicine name," : "") + " and will guess how to say it";
        return context.finding(ID, drug ? Severity.WARNING : Severity.INFO, w.line, what,
                "listen to it; if it sounds wrong add a line " + ReadingGradeRule.shorten(lower) + ": RESPELLING (e.g. baclofen: BACK-low-fen) "
                        + "to content/pronunciations.yaml");
    }

    private static Set<String> pronounced(CheckContext context) {
        Set<String> words = new TreeSet<>();
        context.settings().pronunciations().keySet().forEach(k -> words.add(k.toLowerCase(Locale.ROOT)));
        context.guide().metadata().pronunciations().keySet().forEach(k -> words.add(k.toLowerCase(Locale.ROOT)));
        return words;
    }

    /** Addresses and e-mails are spelled out by the voice, not words to respell; one pass, word by word. */
    private static String withoutAddresses(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                b.append(text.charAt(i++));
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            b.append(word.indexOf('@') >= 0 || !WebAddress.find(word).isEmpty() ? " " : word);
        }
        return b.toString();
    }

    /** First sight, count and dose context of one unknown word. */
    private static final class Unknown {
        final String word;
        final int line;
        /** The printed word it was first seen in, with what is joined to it ("mg/dL"). */
        final String context;
        int count;
        boolean withDose;

        Unknown(String word, int line, String context) {
            this.word = word;
            this.line = line;
            this.context = context;
        }

        void add(boolean dose) {
            count++;
            withDose |= dose;
        }
    }

    @Override
    public Scope scope() {
        return Scope.ENGLISH_VOICE;
    }
}
