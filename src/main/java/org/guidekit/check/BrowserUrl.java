package org.guidekit.check;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a browser goes for an address: the scheme and, for {@code http:} and {@code https:}, the host, found the way
 * the WHATWG URL Standard's basic URL parser finds them (no base URL). Browsers forgive a lot:
 * {@code https:evil.com}, {@code https:/evil.com}, {@code https:\\evil.com} and {@code HTTP:evil.com} all open
 * evil.com, and a backslash ends the host ({@code evil.com\.medlineplus.gov} is evil.com). Checking a link with
 * any stricter or looser parser would approve a link that opens another site.
 *
 * <p>Written by hand: the maintained Java implementation (htmlunit-url) brings ICU4J (~14 MB) for this one
 * function and did not resolve from Maven Central here; only the host is needed, which is a small part of the
 * standard. IDNA uses {@link java.net.IDN} (IDNA2003 rather than the standard's UTS #46; the two differ only for a
 * few rare characters, and a domain either library refuses is an error here, never "no host").
 */
final class BrowserUrl {
    private static final int MAX_PORT = 65535;

    /**
     * The result: a web host (for mailto: the mail domain), another scheme (tel:), or an address no browser or mail
     * program could open.
     */
    record Parsed(String scheme, Optional<String> host, Optional<String> failure) {
        boolean isWeb() {
            return scheme.equals("http") || scheme.equals("https");
        }

        static Parsed web(String scheme, String host) {
            return new Parsed(scheme, Optional.of(host), Optional.empty());
        }

        static Parsed failed(String scheme, String why) {
            return new Parsed(scheme, Optional.empty(), Optional.of(why));
        }
    }

    private BrowserUrl() {
    }

    /**
     * Parses {@code input}. For http(s) the result has a host or a failure (never neither); for other schemes
     * neither; without a scheme the scheme is empty and the result is a failure (there is no page to be relative to).
     */
    static Parsed parse(String input) {
        String s = clean(input);
        int colon = schemeEnd(s);
        if (colon < 0) {
            return Parsed.failed("", "it has no scheme such as https:");
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (scheme.equals("mailto")) {
            return mailto(s.substring(colon + 1));
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Parsed(scheme, Optional.empty(), Optional.empty());
        }
        int start = colon + 1;
        while (start < s.length() && (s.charAt(start) == '/' || s.charAt(start) == '\\')) {
            start++; // "special authority ignore slashes": any mix of / and \ after the scheme
        }
        int end = start;
        while (end < s.length() && "/\\?#".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return authority(scheme, s.substring(start, end));
    }

    /** Leading and trailing C0 controls and spaces removed, tabs and newlines removed everywhere. */
    private static String clean(String input) {
        int from = 0;
        int to = input.length();
        while (from < to && input.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && input.charAt(to - 1) <= ' ') {
            to--;
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = input.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A {@code mailto:} link's one recipient's domain, as its host: mail goes to a site as surely as a web link does,
     * so the allowed-site, pharmacy and spam rules judge it the same way. More than one recipient (commas, or
     * {@code to=}, {@code cc=}, {@code bcc=} in the query) is a failure: every address would have to be judged.
     */
    private static Parsed mailto(String rest) {
        int query = rest.indexOf('?');
        String to = BrowserHost.percentDecode(query < 0 ? rest : rest.substring(0, query));
        String headers = query < 0 ? "" : BrowserHost.percentDecode(rest.substring(query + 1)).toLowerCase(Locale.ROOT);
        for (String header : headers.split("&")) {
            String name = header.strip();
            if (name.startsWith("to=") || name.startsWith("cc=") || name.startsWith("bcc=")) {
                return Parsed.failed("mailto", "it sends mail to more addresses (" + name.substring(0,
                        name.indexOf('=') + 1) + ") than the one it shows");
            }
        }
        if (to.indexOf(',') >= 0 || to.indexOf(';') >= 0) {
            return Parsed.failed("mailto", "it sends mail to more than one address");
        }
        int at = to.lastIndexOf('@');
        if (at <= 0 || at == to.length() - 1) {
            return Parsed.failed("mailto", "\"" + to.strip() + "\" is not an e-mail address");
        }
        String domain = to.substring(at + 1).strip();
        return BrowserHost.parse(domain).map(h -> Parsed.web("mailto", h))
                .orElseGet(() -> Parsed.failed("mailto", "its mail domain \"" + domain + "\" is not valid"));
    }

    /** Index of the colon ending a scheme (ASCII letter, then letters, digits, +, -, .), or -1. */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isAsciiAlpha(s.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    private static Parsed authority(String scheme, String authority) {
        int at = authority.lastIndexOf('@');
        String hostAndPort = authority.substring(at + 1);
        if (hostAndPort.isEmpty()) {
            return Parsed.failed(scheme, "it has no web site name");
        }
        int colon = portColon(hostAndPort);
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        if (host.isEmpty()) {
            return Parsed.failed(scheme, "it has no web site name");
        }
        if (colon >= 0 && !validPort(hostAndPort.substring(colon + 1))) {
            return Parsed.failed(scheme, "its port number \"" + hostAndPort.substring(colon + 1) + "\" is not valid");
        }
        Optional<String> parsed = BrowserHost.parse(host);
        return parsed.map(h -> Parsed.web(scheme, h))
                .orElseGet(() -> Parsed.failed(scheme, "its web site name \"" + host + "\" is not valid"));
    }

    /** The first colon outside [brackets] (an IPv6 address holds colons), or -1. */
    private static int portColon(String hostAndPort) {
        boolean inBrackets = false;
        for (int i = 0; i < hostAndPort.length(); i++) {
            char c = hostAndPort.charAt(i);
            if (c == '[') {
                inBrackets = true;
            } else if (c == ']') {
                inBrackets = false;
            } else if (c == ':' && !inBrackets) {
                return i;
            }
        }
        return -1;
    }

    private static boolean validPort(String port) {
        long value = 0;
        for (int i = 0; i < port.length(); i++) {
            char c = port.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
            if (value > MAX_PORT) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
