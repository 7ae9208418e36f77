package org.guidekit.check;

import java.util.regex.Pattern;

/**
 * Words in capitals are hard to read for people with low vision (word shapes disappear) and screen readers may
 * spell them out. Short acronyms (up to 4 letters: HIV, MRI, ICU) are fine alone; two or more capital words in a
 * row ("DO NOT") or a long capital word ("IMPORTANT") are flagged.
 */
final class CapitalsRule extends PieceRule<TextUnit> {
    static final String ID = "all-caps";
    private static final Pattern CAPS_RUN = Pattern.compile(
            "\\b\\p{Lu}{2,}s?\\b(?:[\\s,!:-]+\\b\\p{Lu}{2,}s?\\b){1,12}|\\b\\p{Lu}{5,}\\b"); // bounded: no deep regex recursion

    CapitalsRule() {
        super(CheckContext::units, ID);
    }

    @Override
    void check(TextUnit u, Findings found) {
        for (String caps : u.matches(CAPS_RUN)) {
            found.add(Severity.WARNING, u.line(), "\"" + caps + "\" is written in capitals",
                    "write it in normal case; use **bold** to stress it");
        }
    }
}
