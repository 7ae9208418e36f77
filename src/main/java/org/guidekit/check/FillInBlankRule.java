package org.guidekit.check;

/**
 * Fill-in blanks ("Your next visit: ____") are printed as a line to write on, but the voice says nothing for them,
 * so a listener never learns that something is missing. A warning: on paper the blank is useful.
 */
final class FillInBlankRule extends PieceRule<TextUnit> {
    static final String ID = "fill-in-blank";
    private static final int MIN_RUN = 3;

    FillInBlankRule() {
        super(CheckContext::units, ID);
    }

    @Override
    void check(TextUnit u, Findings found) {
        if (hasBlank(u.text())) {
            found.add(Severity.WARNING, u.line(), "a blank to fill in (____) is printed as a line, but the voice "
                    + "says nothing for it, so a listener does not know something is missing", "write what goes "
                    + "there, e.g. \"Your next visit: ask the front desk for the date\", or fill it in for the "
                    + "patient before printing");
        }
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

    @Override
    public Scope scope() {
        return Scope.ENGLISH_VOICE;
    }
}
