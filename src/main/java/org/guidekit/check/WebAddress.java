package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Web addresses written in text, and where an address or link goes, as the link checks need them.
 *
 * <p>An address in text is anything a reader could type into a browser: {@code https://…} or {@code http:…} in any
 * letter case and with any slashes, {@code www.…}, or a bare domain such as {@code cheap-meds-online.com} whose last
 * part is a known top-level domain ({@link TopLevelDomains}). The text is scanned once, word by word, without
 * backtracking, so a 100,000-character "word" costs no more than 100,000 characters of words.
 */
final class WebAddress {
    /** What ends a word: the same as what ends an address in a browser's address bar or a mail program. */
    private static final String WORD_END = "<>\"";
    /** Sentence punctuation after an address is not part of it. */
    private static final String TRAILING = ".,;:!?)]}'\u2019\u201D";

    private WebAddress() {
    }

    /** The web addresses written out in {@code text}, in order. */
    public static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isWordEnd(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isWordEnd(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                address(text.substring(start, i)).ifPresent(found::add);
            }
        }
        return found;
    }

    /** True when {@code text} is nothing but a web address. */
    public static boolean isAddress(String text) {
        String t = text.strip();
        List<String> found = find(t);
        return !t.isEmpty() && found.size() == 1 && found.get(0).length() >= t.length() - 1;
    }

    /** Where a link's destination goes (the reader lets through only http:, https:, mailto: and tel:). */
    static BrowserUrl.Parsed parseLink(String destination) {
        return BrowserUrl.parse(destination);
    }

    /** Where an address found by {@link #find} goes: "www.x.org" and bare domains are typed as http://. */
    static BrowserUrl.Parsed parseWritten(String address) {
        String a = address.strip();
        return BrowserUrl.parse(schemeAt(a, 0) == 0 ? a : "http://" + a);
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

    private static boolean isWordEnd(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || WORD_END.indexOf(c) >= 0;
    }

    /** The address in one word, if it holds one. */
    private static Optional<String> address(String word) {
        String w = trimEnd(word);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ((c == 'h' || c == 'H') && (i == 0 || !Character.isLetterOrDigit(w.charAt(i - 1)))
                    && schemeAt(w, i) == i) {
                return Optional.of(w.substring(i));
            }
        }
        int start = 0;
        while (start < w.length() && !Character.isLetterOrDigit(w.charAt(start))) {
            start++;
        }
        String rest = w.substring(start);
        if (rest.regionMatches(true, 0, "www.", 0, 4) && rest.length() > 4) {
            return Optional.of(rest);
        }
        return rest.indexOf('@') < 0 && isBareDomain(rest) ? Optional.of(rest) : Optional.empty();
    }

    /** {@code i} when an "http:" or "https:" scheme starts at {@code i} (any letter case), else -1. */
    private static int schemeAt(String s, int i) {
        return s.regionMatches(true, i, "http:", 0, 5) || s.regionMatches(true, i, "https:", 0, 6) ? i : -1;
    }

    private static String trimEnd(String word) {
        int end = word.length();
        while (end > 0 && TRAILING.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }

    /**
     * "label.label.tld" up to the first / \ ? # or :, each label letters, digits and inner hyphens, the last a known
     * top-level domain written in one letter case ("walk.Do" is a missing space, not Dominican Republic), and a
     * letter before it. "e.g.", "i.e.", "U.S.", "3.5 mg" and "Mr. Smith" are none of these.
     */
    private static boolean isBareDomain(String word) {
        int end = 0;
        while (end < word.length() && "/\\?#:".indexOf(word.charAt(end)) < 0) {
            end++;
        }
        String host = word.substring(0, end);
        int lastDot = host.lastIndexOf('.');
        if (lastDot <= 0 || lastDot == host.length() - 1) {
            return false;
        }
        String tld = host.substring(lastDot + 1);
        boolean oneCase = tld.equals(tld.toLowerCase(Locale.ROOT)) || tld.equals(tld.toUpperCase(Locale.ROOT));
        if (!oneCase || !TopLevelDomains.isKnown(tld)) {
            return false;
        }
        boolean letter = false;
        int labelStart = 0;
        for (int i = 0; i <= lastDot; i++) {
            char c = host.charAt(i);
            if (c == '.') {
                if (i == labelStart || host.charAt(i - 1) == '-' || host.charAt(labelStart) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (Character.isLetter(c)) {
                letter = true;
            } else if (!Character.isDigit(c) && c != '-') {
                return false;
            }
        }
        return letter;
    }
}
