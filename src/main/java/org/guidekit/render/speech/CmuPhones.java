package org.guidekit.render.speech;

import java.util.Set;

/**
 * The CMU phones FreeTTS's kevin16 voice can actually say. Its {@code phoneset.txt} lists more (axr, dx, el, em,
 * en, hv, nx), but the voice has no durations for those and fails inside the utterance, as it does for any stress
 * mark other than 1 ({@code ow0}); so phones are checked here first. A test speaks every phone listed here.
 */
public final class CmuPhones {
    static final Set<String> VOWELS = Set.of("aa", "ae", "ah", "ao", "aw", "ax", "ay", "eh", "er", "ey", "ih", "iy",
            "ow", "oy", "uh", "uw");
    static final Set<String> CONSONANTS = Set.of("b", "ch", "d", "dh", "f", "g", "hh", "jh", "k", "l", "m", "n", "ng",
            "p", "r", "s", "sh", "t", "th", "v", "w", "y", "z", "zh");

    private CmuPhones() {
    }

    /** True if FreeTTS's kevin16 voice accepts {@code phone} in a lexicon entry. */
    public static boolean isValid(String phone) {
        if (CONSONANTS.contains(phone) || VOWELS.contains(phone)) {
            return true;
        }
        return phone.endsWith("1") && VOWELS.contains(phone.substring(0, phone.length() - 1));
    }

    /** Every accepted phone, stressed vowels included, sorted. */
    public static java.util.List<String> all() {
        java.util.List<String> all = new java.util.ArrayList<>(CONSONANTS);
        for (String v : VOWELS) {
            all.add(v);
            all.add(v + "1");
        }
        java.util.Collections.sort(all);
        return all;
    }

    static boolean isVowel(String phone) {
        return VOWELS.contains(phone.replace("1", ""));
    }
}
