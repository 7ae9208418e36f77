package org.guidekit.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web spam pasted along with an article: unrelated advertising, "visit this site" calls and comment signatures
 * ("By AnnaCit at 2025-04-29 02:08:12"); links to online pharmacies are {@link PharmacyLinkRule}'s. All errors:
 * none of it may be printed or spoken by a clinic. The word lists are deliberately short and specific so that real
 * health text passes; a medicine's brand name is advertising unless the text warns about it, and "without a
 * prescription" only next to a selling word, since medication guides use both.
 */
final class SpamRule extends PieceRule<TextUnit> {
    static final String SPAM = "spam-text";
    static final String VISIT = "visit-site";
    static final String SIGNATURE = "comment-signature";
    private static final Pattern SPAM_WORDS = Pattern.compile("(?i)\\b(casino|porn\\w*|"
            + "crypto\\w*|bitcoin|walmart|buy now|order now|best price|lowest price|"
            + "free shipping|no prescription needed|satisfaction guaranteed)\\b");
    /**
     * Brand names real leaflets name in their warnings ("do not take it if you took sildenafil (Viagra)"):
     * advertising unless the text warns, or whenever it sells.
     */
    private static final Pattern BRAND_SPAM_WORDS = Pattern.compile("(?i)\\b(viagra|cialis|levitra)\\b");
    /** Words real leaflets use of medicines sold over the counter: advertising only beside a selling word. */
    private static final Pattern OVER_THE_COUNTER = Pattern.compile("(?i)\\bwithout (a )?prescription\\b");
    private static final Pattern WARNS = Pattern.compile("(?i)\\b(do not|don't|never|avoid|warning|interact\\w*|"
            + "if you (have )?(take|took|taken|use|used)|tell your (doctor|pharmacist|nurse))\\b");
    private static final Pattern SELLING = Pattern.compile("(?i)(\\b(cheap\\w*|discount\\w*|online|order (now|online|"
            + "today|here)|price\\w*|on sale|shop\\w*|shipping|deals?|special offer|click|generic)\\b|[$£€]\\s?\\d|"
            + "\\d\\s?%\\s?off)");
    private static final Pattern VISIT_WORDS = Pattern.compile("(?i)\\b(visit|check out|go to|click)\\s+"
            + "(this|our|my|the following|that)\\s+(site|website|web site|page|link|store|shop|pharmacy)\\b");
    /** "By AnnaCit at 2025-04-29 02:08:12": a name of one to three words, a date, maybe a time, and nothing else. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile("(?i)^\\s*(posted\\s+)?by\\s+[\\p{L}\\p{N}_.'-]+"
            + "(\\s+[\\p{L}\\p{N}_.'-]+){0,2}\\s+(at|on)\\s+(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
            + "|\\p{L}+ \\d{1,2},? \\d{4})([ T,]+(at\\s+)?\\d{1,2}:\\d{2}(:\\d{2})?\\s*([ap]\\.?m\\.?)?)?\\s*$");

    SpamRule() {
        super(CheckContext::units, SPAM, VISIT, SIGNATURE);
    }

    @Override
    void check(TextUnit u, Findings found) {
        String text = u.text();
        // The word lists match the folded text: "Viágra", "Via\u00ADgra" and a Cyrillic "Viаgra" are "viagra".
        // ASCII text folds to itself in lower case, where these case-blind patterns find what they find in the
        // text itself: it is not folded or searched twice (null).
        String folded = isAscii(text) ? null : MatchText.fold(text);
        Matcher spam = firstMatch(SPAM_WORDS, text, folded);
        boolean sells = firstMatch(SELLING, text, folded) != null;
        if (spam == null) {
            Matcher brand = firstMatch(BRAND_SPAM_WORDS, text, folded);
            spam = brand != null && (sells || firstMatch(WARNS, text, folded) == null) ? brand : null;
        }
        if (spam == null && sells) {
            spam = firstMatch(OVER_THE_COUNTER, text, folded);
        }
        if (spam != null) {
            found.add(SPAM, Severity.ERROR, u.line(), "\"" + ReadingGradeRule.shorten(text.strip())
                    + "\" looks like advertising (\"" + spam.group() + "\")", "remove text that is not part of the "
                    + "guide; pasted web pages often end in ads and comments");
        }
        Matcher visit = firstMatch(VISIT_WORDS, text, folded);
        if (visit != null) {
            found.add(VISIT, Severity.ERROR, u.line(), "\"" + visit.group() + "\" sends readers to a "
                    + "web site", "remove it; if a site is worth reading, name it and link to it from an approved "
                    + "site such as medlineplus.gov");
        }
        if (SIGNATURE_LINE.matcher(text).matches()) {
            found.add(SIGNATURE, Severity.ERROR, u.line(), "\"" + ReadingGradeRule.shorten(text.strip())
                    + "\" looks like a web comment's signature", "remove it and any comment above it");
        }
    }

    /** A match in the text as written (quoted as written), else in its folded form (if any), else null. */
    private static Matcher firstMatch(Pattern pattern, String text, String folded) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            return m;
        }
        if (folded == null) {
            return null;
        }
        m = pattern.matcher(folded);
        return m.find() ? m : null;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
