package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every web link, and every web address written in the text, must go to a site the clinic has approved: the
 * guide's {@code allowed-links} or the folder's {@code allowed-links.yaml}. Pasted web text links to shops and
 * worse; a patient trusts whatever the clinic hands out. {@code tel:} and {@code mailto:} are always allowed.
 */
final class LinkHostRule implements Rule {
    static final String HOST = "link-host";
    static final String INSECURE = "insecure-link";

    @Override
    public List<String> ids() {
        return List.of(HOST, INSECURE);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        Set<String> allowed = context.allowedHosts();
        for (LinkOccurrence link : LinkOccurrence.in(context.text())) {
            Optional<String> host = WebAddress.host(link.destination());
            if (host.isEmpty()) {
                continue; // tel:, mailto: (the reader lets no other scheme through)
            }
            if (allowed.stream().noneMatch(a -> WebAddress.hostMatches(host.get(), a))) {
                found.add(context.finding(HOST, Severity.ERROR, link.line(), (link.written() ? "web address " : "link to ")
                        + link.destination() + " goes to " + host.get() + ", which is not an approved site",
                        "remove it, or if a clinician has checked the site add " + host.get()
                                + " to content/allowed-links.yaml or to allowed-links in the front matter"));
            } else if (link.destination().toLowerCase(Locale.ROOT).startsWith("http://")) {
                found.add(context.finding(INSECURE, Severity.WARNING, link.line(), "link to " + link.destination()
                        + " is not secure (http)", "use the https:// address of the page"));
            }
        }
        return found;
    }
}
