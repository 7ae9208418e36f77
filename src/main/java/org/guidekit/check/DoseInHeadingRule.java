package org.guidekit.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product offered with its dose strength in a heading or title is an advert, not a care step: an error. What makes
 * it an advert is the offer, not the strength: real medicine leaflets are titled with the medicine and its strength
 * ("Amoxicillin 500 mg capsules", "Metformin 500 mg and 850 mg tablets"), so a heading that names a medicine with
 * its strength is an error only when it also sells or recommends it: a price, "buy", "cheap", "order now", a
 * discount, or the product held up as a choice ("Use Muscle Relaxants Like Baclof 10 mg", "Try Relaxo 10 mg").
 * Repeated brands in the text are {@link PromotionRule}'s.
 */
final class DoseInHeadingRule extends PieceRule<TextUnit> {
    static final String ID = "dose-in-heading";
    private static final Pattern NAME_AND_DOSE = Pattern.compile("(?<![\\p{L}-])(\\p{L}[\\p{L}'-]++)\\s+"
            + PromotionRule.DOSE);
    /**
     * Selling words and prices (English and Spanish). "free" only in selling phrases, so "sugar-free" and "alcohol
     * free" stay leaflet words; "best" and "lowest" only with a price word.
     */
    private static final Pattern OFFER = Pattern.compile("(?iu)(?<![\\p{L}-])(?:buy(?:ing)?|order(?:ing)?\\s+now|"
            + "order\\s+online|purchase|shop|cheap(?:er|est)?|discount(?:ed|s)?|sale|deals?|special\\s+offer|"
            + "bargain|coupons?|promo(?:tion)?(?:\\s+code)?|prices?|priced|pricing|save\\s+\\d+|\\d+\\s?%\\s+off|"
            + "(?:best|lowest|low)\\s+(?:price|cost|deal)s?|free\\s+(?:shipping|delivery|trial|samples?|pills?)|"
            + "for\\s+free|online\\s+pharmacy|(?:without|no)\\s+(?:a\\s+)?prescription|overnight\\s+delivery|"
            + "comprar?|compre|barat[oa]s?|precios?|ofertas?|descuentos?|env[i\u00ED]o\\s+gratis)(?![\\p{L}-])"
            + "|[$\u00A3\u20AC]\\s?\\d|\\d\\s?(?:USD|EUR|GBP)\\b");
    /** The product held up as the one to choose: "like Baclof 10 mg", "such as Relaxo 10 mg", "try Relaxo 10 mg". */
    private static final Pattern CHOICE = Pattern.compile("(?iu)(?<![\\p{L}-])(?:like|such\\s+as|try|choose|"
            + "switch\\s+to|ask\\s+for)\\s+$");

    DoseInHeadingRule() {
        super(CheckContext::units, ID);
    }

    @Override
    void check(TextUnit u, Findings found) {
        if (u.kind() != TextUnit.Kind.ORGANIZATION && !u.kind().isProse() && u.kind() != TextUnit.Kind.TABLE_CELL
                && u.kind() != TextUnit.Kind.ALT_TEXT) {
            Matcher m = NAME_AND_DOSE.matcher(u.text());
            if (m.find()) {
                String why = promotion(u.text(), m);
                if (why != null) {
                    found.add(Severity.ERROR, u.line(), "the heading offers a product with its strength (\""
                            + m.group() + "\", " + why + "), which promotes it", "write what the step is about, "
                            + "e.g. \"Ask about medicine\"; name the medicine (not a brand) in the text; a leaflet "
                            + "about one medicine may be titled with its name, strength and form, e.g. "
                            + "\"Amoxicillin 500 mg capsules\"");
                }
            }
        }
    }

    /** Why the heading around {@code nameAndDose} is an advert, or null when it only names the medicine. */
    private static String promotion(String text, Matcher nameAndDose) {
        Matcher offer = OFFER.matcher(text);
        if (offer.find()) {
            return "with \"" + offer.group().strip() + "\"";
        }
        Matcher choice = CHOICE.matcher(text.substring(0, nameAndDose.start()));
        if (choice.find()) {
            return "held up as the one to choose: \"" + choice.group().strip() + "\"";
        }
        return null;
    }
}
