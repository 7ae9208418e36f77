package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web spam pasted along with an article: links to online pharmacies, unrelated advertising, "visit this site"
 * calls and comment signatures ("By AnnaCit at 2025-04-29 02:08:12"). All errors: none of it may be printed or
 * spoken by a clinic. The word lists are deliberately short and specific so that real health text passes.
 */
final class SpamRule implements Rule {
    static final String PHARMACY = "online-pharmacy";
    static final String SPAM = "spam-text";
    static final String VISIT = "visit-site";
    static final String SIGNATURE = "comment-signature";
    private static final Pattern PHARMACY_ADDRESS = Pattern.compile(
            "(?i)(pharm|rx|drugstore|pill|meds|viagra|cialis|levitra|tablet|^(www\\.)?(buy|order|cheap))");
    private static final Pattern SPAM_WORDS = Pattern.compile("(?i)\\b(viagra|cialis|levitra|casino|porn\\w*|"
            + "crypto\\w*|bitcoin|walmart|buy now|order now|best price|lowest price|"
            + "free shipping|without (a )?prescription|no prescription needed|satisfaction guaranteed)\\b");
    private static final Pattern VISIT_WORDS = Pattern.compile("(?i)\\b(visit|check out|go to|click)\\s+"
            + "(this|our|my|the following|that)\\s+(site|website|web site|page|link|store|shop|pharmacy)\\b");
    /** "By AnnaCit at 2025-04-29 02:08:12": a name of one to three words, a date, maybe a time, and nothing else. */
    private static final Pattern SIGNATURE_LINE = Pattern.compile("(?i)^\\s*(posted\\s+)?by\\s+[\\p{L}\\p{N}_.'-]+"
            + "(\\s+[\\p{L}\\p{N}_.'-]+){0,2}\\s+(at|on)\\s+(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
            + "|\\p{L}+ \\d{1,2},? \\d{4})([ T,]+(at\\s+)?\\d{1,2}:\\d{2}(:\\d{2})?\\s*([ap]\\.?m\\.?)?)?\\s*$");

    @Override
    public List<String> ids() {
        return List.of(PHARMACY, SPAM, VISIT, SIGNATURE);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (LinkOccurrence link : LinkOccurrence.in(context.text())) {
            Optional<String> host = link.target().host();
            // Only the host: approved drug-information pages have "meds" or "rx" in their paths. A host the
            // clinic approved is its decision.
            if (host.isPresent() && PHARMACY_ADDRESS.matcher(host.get()).find()
                    && context.allowedHosts().stream().noneMatch(a -> WebAddress.hostMatches(host.get(), a))) {
                found.add(context.finding(PHARMACY, Severity.ERROR, link.line(), (link.written() ? "web address " : "link to ")
                        + link.shown() + " looks like an online pharmacy or drug shop", "remove it; tell patients to get medicine "
                        + "only with a prescription from their own pharmacy"));
            }
        }
        for (TextUnit u : context.text().units()) {
            check(context, u, found);
        }
        return found;
    }

    private static void check(CheckContext context, TextUnit u, List<Finding> found) {
        String text = u.text();
        Matcher spam = SPAM_WORDS.matcher(text);
        if (spam.find()) {
            found.add(context.finding(SPAM, Severity.ERROR, u.line(), "\"" + ReadingGradeRule.shorten(text.strip())
                    + "\" looks like advertising (\"" + spam.group() + "\")", "remove text that is not part of the "
                    + "guide; pasted web pages often end in ads and comments"));
        }
        Matcher visit = VISIT_WORDS.matcher(text);
        if (visit.find()) {
            found.add(context.finding(VISIT, Severity.ERROR, u.line(), "\"" + visit.group() + "\" sends readers to a "
                    + "web site", "remove it; if a site is worth reading, name it and link to it from an approved "
                    + "site such as medlineplus.gov"));
        }
        if (SIGNATURE_LINE.matcher(text).matches()) {
            found.add(context.finding(SIGNATURE, Severity.ERROR, u.line(), "\"" + ReadingGradeRule.shorten(text.strip())
                    + "\" looks like a web comment's signature", "remove it and any comment above it"));
        }
    }
}
