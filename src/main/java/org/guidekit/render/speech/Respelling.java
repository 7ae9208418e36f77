package org.guidekit.render.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Converts a pronunciation respelling as clinics write it ("BACK-low-fen": syllables joined by hyphens, the stressed
 * one in capitals) into CMU phones (b ae1 k l ow f eh n). The letter patterns follow the respelling style of patient
 * leaflets: "ay" as in day, "ee" as in see, "eye", "igh" and a final "y" or "ye" as in eye, "oh"/final "o"/"ow" as in low, "oo" as in
 * too, "uh" as in the unstressed first syllable of about (a schwa, ax).
 */
final class Respelling {
    /** Letter groups → phones, longest first within each starting letter. A vowel phone is marked for stress later. */
    private static final String[][] GROUPS = {
        {"eye", "ay"}, {"igh", "ay"}, {"tch", "ch"}, {"air", "eh r"}, {"ear", "iy r"},
        {"ay", "ey"}, {"ai", "ey"}, {"ee", "iy"}, {"ea", "iy"}, {"ie", "iy"}, {"oo", "uw"}, {"ew", "y uw"},
        {"oh", "ow"}, {"oa", "ow"}, {"oy", "oy"}, {"oi", "oy"}, {"aw", "ao"}, {"au", "ao"}, {"ah", "aa"},
        {"uh", "ah"}, {"ih", "ih"}, {"eh", "eh"}, {"er", "er"}, {"ur", "er"}, {"ir", "er"}, {"ar", "aa r"},
        {"or", "ao r"}, {"ch", "ch"}, {"sh", "sh"}, {"th", "th"}, {"ng", "ng"}, {"zh", "zh"}, {"ph", "f"},
        {"ck", "k"}, {"kw", "k w"}, {"qu", "k w"}, {"wh", "w"}, {"dh", "dh"},
        {"a", "ae"}, {"e", "eh"}, {"i", "ih"}, {"o", "aa"}, {"u", "ah"},
        {"b", "b"}, {"c", "k"}, {"d", "d"}, {"f", "f"}, {"g", "g"}, {"h", "hh"}, {"j", "jh"}, {"k", "k"},
        {"l", "l"}, {"m", "m"}, {"n", "n"}, {"p", "p"}, {"r", "r"}, {"s", "s"}, {"t", "t"}, {"v", "v"},
        {"w", "w"}, {"x", "k s"}, {"y", "y"}, {"z", "z"},
    };

    private Respelling() {
    }

    /** The phones, or empty when a letter cannot be read (the caller reports which). */
    static Optional<List<String>> toPhones(String respelling) {
        List<String> phones = new ArrayList<>();
        for (String syllable : respelling.strip().split("[-\\s]+")) {
            boolean stressed = syllable.chars().anyMatch(Character::isUpperCase)
                    && syllable.equals(syllable.toUpperCase(Locale.ROOT));
            Optional<List<String>> part = syllable(syllable.toLowerCase(Locale.ROOT), stressed);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            phones.addAll(part.get());
        }
        return phones.isEmpty() ? Optional.empty() : Optional.of(phones);
    }

    private static Optional<List<String>> syllable(String s, boolean stressed) {
        List<String> phones = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            String[] match = longestAt(s, i);
            if (match == null) {
                return Optional.empty();
            }
            String sound = match[1];
            int length = match[0].length();
            // "ow" ends a syllable in "low" (oh) but sounds as in "cow" before a consonant: "town".
            if (match[0].equals("ow")) {
                sound = i + 2 == s.length() ? "ow" : "aw";
            } else if (match[0].equals("o") && i + 1 == s.length()) {
                sound = "ow"; // a final "o" is open: "PRO-zak" says "proh"
            } else if (match[0].equals("y") && endsWithY(s, i)) {
                sound = "ay"; // after a consonant, a final "y" or "ye" is the vowel of eye: "dil-TY-uh-zem", "TYE"
                length = s.length() - i;
            }
            for (String p : sound.split(" ")) {
                if (!stressed && p.equals("ah")) {
                    p = "ax"; // an unstressed "uh" is a schwa; kevin16 says a plain ah as the aa of "father"
                }
                phones.add(stressed && CmuPhones.isVowel(p) ? p + "1" : p);
            }
            i += length;
        }
        return Optional.of(phones);
    }

    /** True when the "y" at {@code i} follows a consonant and ends the syllable, alone or as "ye". */
    private static boolean endsWithY(String s, int i) {
        boolean afterConsonant = i > 0 && "aeiou".indexOf(s.charAt(i - 1)) < 0;
        return afterConsonant && (i + 1 == s.length() || (i + 2 == s.length() && s.charAt(i + 1) == 'e'));
    }

    private static String[] longestAt(String s, int i) {
        if (s.startsWith("ow", i)) {
            return new String[] {"ow", "ow"};
        }
        for (String[] g : GROUPS) {
            if (s.startsWith(g[0], i)) {
                return g;
            }
        }
        return null;
    }
}
