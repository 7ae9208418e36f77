package org.guidekit.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web spam pasted along with an article: unrelated advertising, "visit this site" calls and comment signatures
 * ("By AnnaCit at 2025-04-29 02:08:12"); links to online pharmacies are {@link PharmacyLinkRule}'s. All errors:
 * none of it may be printed or spoken by a clinic. The word lists are deliberately short and specific so that real
 * health text passes.
 */
final class SpamRule extends PieceRule<TextUnit> {
    static final String SPAM = "spam-text";
    static final String VISIT = "visit-site";
    static final String SIGNATURE = "comment-signature";
    private static final Pattern SPAM_WORDS = Pattern.compile("(?i)\\b(viagra|cialis|levitra|casino|porn\\w*|"
            + "crypto\\w*|bitcoin|walmart|buy now|order now|best price|lowest price|"
            + "free shipping|without (a )?prescription|no prescription needed|satisfaction guaranteed)\\b");
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
        String folded = MatchText.fold(text);
        Matcher spam = firstMatch(SPAM_WORDS, text, folded);
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

    /** A match in the text as written (quoted as written), else in its folded form, else null. */
    private static Matcher firstMatch(Pattern pattern, String text, String folded) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            return m;
        }
        m = pattern.matcher(folded);
        return m.find() ? m : null;
    }
}
