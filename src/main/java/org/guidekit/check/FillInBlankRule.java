package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Fill-in blanks ("Your next visit: ____") are printed as a line to write on, but the voice says nothing for them,
 * so a listener never learns that something is missing. A warning: on paper the blank is useful.
 */
final class FillInBlankRule implements Rule {
    static final String ID = "fill-in-blank";
    private static final int MIN_RUN = 3;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (TextUnit u : context.text().units()) {
            if (hasBlank(u.text())) {
                found.add(context.finding(ID, Severity.WARNING, u.line(), "a blank to fill in (____) is printed as "
                        + "a line, but the voice says nothing for it, so a listener does not know something is "
                        + "missing", "write what goes there, e.g. \"Your next visit: ask the front desk for the date\", "
                        + "or fill it in for the patient before printing"));
            }
        }
        return found;
    }

    /** A run of three or more underscores; one pass. */
    static boolean hasBlank(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '_' ? run + 1 : 0;
            if (run >= MIN_RUN) {
                return true;
            }
        }
        return false;
    }
}
