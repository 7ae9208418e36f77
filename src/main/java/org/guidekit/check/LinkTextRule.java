package org.guidekit.check;

import java.util.Locale;
import java.util.Set;

/**
 * Link text must say where the link goes: screen-reader users jump from link to link, and "click here" or a bare
 * web address tells them nothing (and a listener hears an address letter by letter).
 */
final class LinkTextRule extends PieceRule<LinkOccurrence> {
    static final String ID = "link-text";
    private static final Set<String> SAYS_NOTHING = Set.of("click here", "here", "click", "this", "this link",
            "link", "more", "read more", "learn more", "click this link", "this page", "this site", "website",
            "page", "go", "details", "info", "more info", "tap here", "press here");

    LinkTextRule() {
        super(CheckContext::links, ID);
    }

    @Override
    void check(LinkOccurrence link, Findings found) {
        if (link.written()) {
            return;
        }
        String text = link.text().strip();
        String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
        if (SAYS_NOTHING.contains(words)) {
            found.add(Severity.WARNING, link.line(), "link text \"" + text + "\" does not say where the link goes",
                    "name the page and its site, e.g. [<site>: <what the page is about>](" + link.destination() + ")");
        } else if (WebAddress.isAddress(text) || text.equalsIgnoreCase(link.destination())) {
            found.add(Severity.WARNING, link.line(), "link text is the bare address \"" + text + "\"",
                    "write what the page is as the link text");
        }
    }
}
