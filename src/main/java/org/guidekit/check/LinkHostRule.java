package org.guidekit.check;


/**
 * Every web link, and every web address written in the text, must go to a site the clinic has approved: the
 * guide's {@code allowed-links} or the folder's {@code allowed-links.yaml}. Pasted web text links to shops and
 * worse; a patient trusts whatever the clinic hands out. {@code mailto:} links and written e-mail addresses
 * are judged by their mail domain like a web host; {@code tel:} links hold only a phone number (the reader sees
 * to that).
 * Where a link goes is decided as a browser decides it ({@link BrowserUrl}); an address whose site a browser would
 * not agree on is an error too, and so is link text showing one address while the link opens another.
 */
final class LinkHostRule extends PieceRule<LinkOccurrence> {
    static final String HOST = "link-host";
    static final String INSECURE = "insecure-link";
    static final String MISLEADING = "misleading-link-text";

    LinkHostRule() {
        super(CheckContext::links, HOST, INSECURE, MISLEADING);
    }

    @Override
    void check(LinkOccurrence link, Findings found) {
        BrowserUrl.Parsed target = link.target();
        String what = (link.written() ? "web address " : "link to ") + link.shown();
        if (target.failure().isPresent()) {
            found.add(HOST, Severity.ERROR, link.line(), what + " cannot be checked: " + target.failure().get()
                    + ", so it is unclear which site a browser would open",
                    "write the full address of an approved page, e.g. https://medlineplus.gov/backpain.html");
            return;
        }
        if (target.host().isPresent()) { // else tel: (the reader lets no other scheme through)
            String host = target.host().get();
            if (found.context().allowedHosts().stream().noneMatch(a -> WebAddress.hostMatches(host, a))) {
                String goes = target.scheme().equals("mailto") ? " sends mail to " : " goes to ";
                found.add(HOST, Severity.ERROR, link.line(), what + goes + host + ", which is not an approved "
                        + "site", "remove it, or if a clinician has checked the site add " + host
                        + " to content/allowed-links.yaml or to allowed-links in the front matter");
            } else if (target.scheme().equals("http")) {
                found.add(INSECURE, Severity.WARNING, link.line(), what + " is not secure (http)",
                        "use the https:// address of the page");
            }
        }
        misleading(link, target, found);
    }

    /** Link text that shows a web address must show the one the link opens: a reader trusts what is printed. */
    private static void misleading(LinkOccurrence link, BrowserUrl.Parsed target, Findings found) {
        if (link.written()) {
            return;
        }
        for (String shown : WebAddress.find(link.text())) {
            String shownHost = WebAddress.parseWritten(shown).host().orElse("");
            boolean same = target.host().isPresent() && WebAddress.sameSite(shownHost, target.host().get());
            if (!same) {
                found.add(MISLEADING, Severity.ERROR, link.line(), "the link text shows " + shown
                        + " but the link opens " + target.host().orElse(link.shown()),
                        "make the text and the address the same site, or write in words what the page is");
            }
        }
    }
}
