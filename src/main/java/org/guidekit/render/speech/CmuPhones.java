package org.guidekit.render.speech;

import java.util.Set;

/**
 * The phone set of FreeTTS's US English voice (its {@code phoneset.txt}). Vowels may carry the stress mark 1;
 * FreeTTS crashes inside an utterance on anything else (e.g. {@code ow0}), so phones are checked here first.
 */
public final class CmuPhones {
    static final Set<String> VOWELS = Set.of("aa", "ae", "ah", "ao", "aw", "ax", "axr", "ay", "eh", "er", "ey", "ih",
            "iy", "ow", "oy", "uh", "uw");
    static final Set<String> CONSONANTS = Set.of("b", "ch", "d", "dh", "dx", "el", "em", "en", "f", "g", "hh", "hv",
            "jh", "k", "l", "m", "n", "ng", "nx", "p", "r", "s", "sh", "t", "th", "v", "w", "y", "z", "zh");

    private CmuPhones() {
    }

    /** True if FreeTTS's kevin16 voice accepts {@code phone} in a lexicon entry. */
    public static boolean isValid(String phone) {
        if (CONSONANTS.contains(phone) || VOWELS.contains(phone)) {
            return true;
        }
        return phone.endsWith("1") && VOWELS.contains(phone.substring(0, phone.length() - 1));
    }

    static boolean isVowel(String phone) {
        return VOWELS.contains(phone.replace("1", ""));
    }
}
