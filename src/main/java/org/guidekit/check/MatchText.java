package org.guidekit.check;

import java.text.Normalizer;

/**
 * The form of a text that the spam and pharmacy rules match their word lists against, so that a word dressed up to
 * slip past them is still the word: compatibility forms folded (NFKC: fullwidth "ｖｉａｇｒａ", ligatures), accents
 * stripped ("Viágra"), invisible format characters dropped ("Via\u00ADgra"), Cyrillic and Greek letters that look
 * like Latin ones read as those ("Viаgra" with a Cyrillic а), and lower case. Only for matching: what is printed and
 * quoted in messages stays the text as written.
 */
final class MatchText {
    /** Cyrillic and Greek letters drawn like Latin ones (Unicode confusables, lower case), and their Latin letters. */
    private static final String LOOK_ALIKES = "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501"
            + "\u04BB\u0261\u03BF\u03B1\u03BD\u03B9\u03BA\u03C1\u03C4\u03C5\u03C7\u03B5\u0391\u0392\u0395\u0396\u0397"
            + "\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7";
    private static final String LATIN = "aeopcyxijsdhgoavikptuxeabezhikmnoptyx";

    private MatchText() {
    }

    /** {@code text} folded for matching (see the class comment). */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC),
                Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            int lower = Character.toLowerCase(c);
            int look = LOOK_ALIKES.indexOf(lower);
            if (look < 0) {
                look = LOOK_ALIKES.indexOf(c);
            }
            b.appendCodePoint(look >= 0 ? LATIN.charAt(look) : lower);
        }
        return b.toString();
    }
}
