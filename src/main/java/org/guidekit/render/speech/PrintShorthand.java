package org.guidekit.render.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Print conventions a voice stumbles on, rewritten before numbers and acronyms are read: "(s)" plurals
 * ("tablet(s)" → "tablets": the listener hears the plural, as a pharmacist would say it), a term followed by its
 * own abbreviation in brackets ("international normalized ratio (INR)": the term is said once), initialisms joined
 * by a slash ("PT/INR" → "PT, INR", never "P T or I N R"), names of rules made of numbers ("the 15-15 rule" →
 * "the fifteen fifteen rule", not "fifteen to fifteen") and a missing space between a word and a number ("Take1-2",
 * "101degrees").
 */
final class PrintShorthand {
    /** Small words an expansion may leave out of its abbreviation: "Centers for Disease Control (CDC)". */
    private static final Set<String> SMALL_WORDS = Set.of("of", "for", "and", "the", "in", "to", "on", "a", "an");

    private PrintShorthand() {
    }

    static List<Rewrite> rules() {
        // Each group runs only on a text that has what all its rules need (a bracket, a slash, a digit): the
        // bracket rule alone tried a 120-letter stretch from every letter of every sentence.
        return List.of(Rewrite.onlyWithAny("(", List.of(
                Rewrite.of("\\b([A-Za-z]{2,})\\((e?s)\\)", m -> m.group(1) + m.group(2)),
                Rewrite.of("([A-Za-z][A-Za-z' -]{0,120}?)\\s*\\(([A-Z][A-Za-z0-9]{1,7})\\)", PrintShorthand::saidOnce))),
                Rewrite.onlyWithAny("/", List.of(Rewrite.of("(?<![\\w/])([A-Z][A-Za-z0-9]{0,5}[A-Z][A-Za-z0-9]{0,5})/(?=[A-Z][A-Za-z0-9]{0,5}[A-Z]"
                        + "[a-z0-9]{0,3}(?![\\w/]))", m -> m.group(1) + ", "))),
                HealthTextNormalizer.withDigits(List.of(Rewrite.of("(?<![\\w.-])(\\d{1,3}(?:-\\d{1,3}){1,4})(?=\\s+(?:rule|method|technique|breathing|"
                        + "exercise|plan|test)\\b)", m -> numbersInWords(m.group(1))),
                Rewrite.of("\\b([A-Z]?[a-z]{2,})(?=\\d)", m -> m.group(1) + " "),
                Rewrite.of("(?<=\\d)(?=(?:degrees?|times|tablets?|capsules?|days?|hours?|weeks?|months?|years?|puffs?"
                        + "|drops?|doses?)\\b)", m -> " "))));
    }

    /** "international normalized ratio (INR)" → "international normalized ratio"; other brackets stay. */
    private static String saidOnce(MatchResult m) {
        String letters = m.group(2).replaceAll("[^A-Z]", "");
        List<String> initials = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String w : m.group(1).strip().split("[ -]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        int li = letters.length() - 1;
        for (int wi = words.size() - 1; wi >= 0 && li >= 0; wi--) {
            String w = words.get(wi);
            char first = Character.toUpperCase(w.charAt(0));
            if (first == letters.charAt(li)) {
                initials.add(w);
                li--;
            } else if (!SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)) || initials.isEmpty()) {
                return m.group();
            }
        }
        return li < 0 && letters.length() >= 2 ? m.group(1) : m.group();
    }

    private static String numbersInWords(String dashed) {
        List<String> said = new ArrayList<>();
        for (String n : dashed.split("-")) {
            said.add(NumberWords.cardinal(Integer.parseInt(n)));
        }
        return String.join(" ", said);
    }
}
