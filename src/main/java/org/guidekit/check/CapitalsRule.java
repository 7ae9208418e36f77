package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words in capitals are hard to read for people with low vision (word shapes disappear) and screen readers may
 * spell them out. Short acronyms (up to 4 letters: HIV, MRI, ICU) are fine alone; two or more capital words in a
 * row ("DO NOT") or a long capital word ("IMPORTANT") are flagged.
 */
final class CapitalsRule implements Rule {
    static final String ID = "all-caps";
    private static final Pattern CAPS_RUN = Pattern.compile(
            "\\b\\p{Lu}{2,}s?\\b(?:[\\s,!:-]+\\b\\p{Lu}{2,}s?\\b){1,12}|\\b\\p{Lu}{5,}\\b"); // bounded: no deep regex recursion

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (TextUnit u : context.text().units()) {
            Matcher m = CAPS_RUN.matcher(u.text());
            while (m.find()) {
                found.add(context.finding(ID, Severity.WARNING, u.line(), "\"" + m.group() + "\" is written in "
                        + "capitals", "write it in normal case; use **bold** to stress it"));
            }
        }
        return found;
    }
}
