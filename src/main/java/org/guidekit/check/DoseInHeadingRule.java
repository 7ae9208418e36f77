package org.guidekit.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product with its dose strength in a heading or title ("Use Muscle Relaxants Like Baclof 10 mg") is an advert,
 * not a care step: an error. Repeated brands in the text are {@link PromotionRule}'s.
 */
final class DoseInHeadingRule extends PieceRule<TextUnit> {
    static final String ID = "dose-in-heading";
    private static final Pattern NAME_AND_DOSE = Pattern.compile("(?<![\\p{L}-])(\\p{L}[\\p{L}-]++)\\s+"
            + PromotionRule.DOSE);

    DoseInHeadingRule() {
        super(CheckContext::units, ID);
    }

    @Override
    void check(TextUnit u, Findings found) {
        if (u.kind() != TextUnit.Kind.ORGANIZATION && !u.kind().isProse() && u.kind() != TextUnit.Kind.TABLE_CELL
                && u.kind() != TextUnit.Kind.ALT_TEXT) {
            Matcher m = NAME_AND_DOSE.matcher(u.text());
            if (m.find()) {
                found.add(Severity.ERROR, u.line(), "the heading names a product with its strength (\"" + m.group()
                        + "\"), which promotes it", "write what the step is about, e.g. \"Ask about medicine\"; name "
                        + "the medicine (not a brand) in the text");
            }
        }
    }
}
