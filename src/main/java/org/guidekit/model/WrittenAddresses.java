package org.guidekit.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that decides which written-out web and e-mail addresses in a text are addresses, and where each
 * goes: the checks judge exactly these ({@code check.LinkOccurrence}) and the PDF links exactly these; the web page
 * and EPUB link only Markdown links. A renderer that made its own links could link what no check has seen.
 *
 * <p>An address is anything a reader could type into a browser or mail program: {@code https://…} or {@code http:…}
 * in any letter case and with any slashes, {@code www.…}, a bare domain such as {@code cheap-meds-online.com} whose
 * last part is a known top-level domain ({@link TopLevelDomains}), or {@code name@domain}. A word written in
 * compatibility characters (fullwidth {@code ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ}) is read in its NFKC form, as a browser
 * maps it. The text is scanned once, word by word, without backtracking, so a 100,000-character "word" costs no
 * more than 100,000 characters of words. Thread-safe.
 */
public final class WrittenAddresses {
    /** What ends a word: the same as what ends an address in a browser's address bar or a mail program. */
    private static final String WORD_END = "<>\"";
    /** Sentence punctuation after an address is not part of it. */
    private static final String TRAILING = ".,;:!?)]}'\u2019\u201D";

    /**
     * One address written in a text.
     *
     * @param start       first character in the text
     * @param end         one past its last character
     * @param address     the address as written (in NFKC form), e.g. "www.cdc.gov/flu" or "info@clinic.org"
     * @param destination where a link to it goes: the address with https:// added when it has no scheme, or
     *                    mailto: before an e-mail address
     */
    public record Found(int start, int end, String address, String destination) {
        /** True for an e-mail address. */
        public boolean isEmail() {
            return destination.startsWith("mailto:");
        }
    }

    private WrittenAddresses() {
    }

    /** The addresses written out in {@code text}, in order. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
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
                word(text, start, i).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /** The address in the word at {@code start..end} of {@code text}, if it holds one. */
    private static Optional<Found> word(String text, int start, int end) {
        String raw = text.substring(start, end);
        if (Normalizer.isNormalized(raw, Normalizer.Form.NFKC)) {
            int trimmed = start + trimEnd(raw).length();
            return address(trimEnd(raw)).map(a -> {
                int from = trimmed - a.length(); // every address is a suffix of the trimmed word
                return new Found(from, trimmed, a, destination(a));
            });
        }
        // Compatibility characters: the whole word is the span, its NFKC form the address.
        String normal = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        String trimmedRaw = trimEnd(raw);
        return address(trimEnd(normal)).map(a -> new Found(start, start + Math.max(1, trimmedRaw.length()), a,
                destination(a)));
    }

    private static String destination(String address) {
        if (address.indexOf('@') >= 0 && schemeAt(address, 0) < 0) {
            return "mailto:" + address;
        }
        return schemeAt(address, 0) == 0 ? address : "https://" + address;
    }

    private static boolean isWordEnd(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || WORD_END.indexOf(c) >= 0;
    }

    /** The address in one trimmed word, a suffix of it, if it holds one. */
    private static Optional<String> address(String w) {
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
        int at = rest.indexOf('@');
        if (at >= 0) {
            return isEmail(rest, at) ? Optional.of(rest) : Optional.empty();
        }
        if (rest.regionMatches(true, 0, "www.", 0, 4) && rest.length() > 4) {
            return Optional.of(rest);
        }
        return isBareDomain(rest) ? Optional.of(rest) : Optional.empty();
    }

    /** "name@domain.tld": a local part of letters, digits and . _ + - and a bare domain with nothing after it. */
    private static boolean isEmail(String word, int at) {
        if (at == 0 || word.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c) && "._+-".indexOf(c) < 0) {
                return false;
            }
        }
        String domain = word.substring(at + 1);
        return isBareDomain(domain) && hostEnd(domain) == domain.length();
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

    private static int hostEnd(String word) {
        int end = 0;
        while (end < word.length() && "/\\?#:".indexOf(word.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /**
     * "label.label.tld" up to the first / \ ? # or :, each label letters, digits and inner hyphens, the last a known
     * top-level domain written in one letter case ("walk.Do" is a missing space, not Dominican Republic), and a
     * letter before it. "e.g.", "i.e.", "U.S.", "3.5 mg" and "Mr. Smith" are none of these.
     */
    private static boolean isBareDomain(String word) {
        String host = word.substring(0, hostEnd(word));
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
