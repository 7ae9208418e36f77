package org.guidekit.check;

import java.util.List;
import java.util.Locale;

import org.guidekit.model.WrittenAddresses;

/**
 * Web and e-mail addresses written in text, and where an address or link goes, as the link checks need them. Which
 * words are addresses is {@link WrittenAddresses}'s decision, shared with the renderers that link them.
 */
final class WebAddress {
    private WebAddress() {
    }

    /**
     * The web and e-mail addresses written out in {@code text}, in order: exactly those the PDF links
     * ({@link WrittenAddresses}, the one place that finds them).
     */
    public static List<String> find(String text) {
        return WrittenAddresses.find(text).stream().map(WrittenAddresses.Found::address).toList();
    }

    /** True when {@code text} is nothing but a web address (an e-mail address is a fine text for a mail link). */
    public static boolean isAddress(String text) {
        String t = text.strip();
        List<String> found = WrittenAddresses.find(t).stream().filter(a -> !a.isEmail())
                .map(WrittenAddresses.Found::address).toList();
        return !t.isEmpty() && found.size() == 1 && found.get(0).length() >= t.length() - 1;
    }

    /** Where a link's destination goes (the reader lets through only http:, https:, mailto: and tel:). */
    static BrowserUrl.Parsed parseLink(String destination) {
        return BrowserUrl.parse(destination);
    }

    /**
     * Where an address found by {@link #find} goes: "www.x.org" and bare domains are typed as http://, e-mail
     * addresses are mailto:.
     */
    static BrowserUrl.Parsed parseWritten(String address) {
        String a = address.strip();
        if (schemeAt(a, 0) == 0) {
            return BrowserUrl.parse(a);
        }
        return BrowserUrl.parse(a.indexOf('@') >= 0 ? "mailto:" + a : "http://" + a);
    }

    /**
     * True when {@code host} is {@code allowed} or one of its subdomains ("www.cdc.gov" for "cdc.gov"). A final dot
     * ("cdc.gov.") names the same site.
     */
    public static boolean hostMatches(String host, String allowed) {
        String h = site(host);
        String a = site(allowed);
        return !h.isEmpty() && (h.equals(a) || h.endsWith("." + a));
    }

    /** The same web site: equal but for "www." and a final dot. */
    static boolean sameSite(String host, String other) {
        return site(host).equals(site(other));
    }

    private static String site(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        h = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** {@code i} when an "http:" or "https:" scheme starts at {@code i} (any letter case), else -1. */
    private static int schemeAt(String s, int i) {
        return s.regionMatches(true, i, "http:", 0, 5) || s.regionMatches(true, i, "https:", 0, 6) ? i : -1;
    }
}
