package org.guidekit.read;

import java.util.Locale;
import java.util.Optional;

/**
 * An approved web site's name, as {@code content/allowed-links.yaml} and a guide's {@code allowed-links} list them:
 * a host name of two or more labels ({@code medlineplus.gov}). A bare top-level domain ({@code com}) would approve
 * every site under it, and an address ({@code https://cdc.gov/page}) or an IP address is not a site name.
 */
final class SiteName {
    private static final String ADVICE = "write the name only, without https:// or a path, e.g. medlineplus.gov";

    private SiteName() {
    }

    /** The lower-case name, or empty when it is not one; {@link #problem} says why. */
    static Optional<String> of(String value) {
        String host = value.strip().toLowerCase(Locale.ROOT);
        return problem(host).isEmpty() ? Optional.of(host) : Optional.empty();
    }

    /** What is wrong with {@code value} as a site name, with what to do; empty when it is fine. */
    static Optional<String> problem(String value) {
        String host = value.strip().toLowerCase(Locale.ROOT);
        String shown = "\"" + InlineConverter.shorten(host) + "\"";
        if (host.isEmpty()) {
            return Optional.of("an approved site is empty; " + ADVICE);
        }
        String label = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
        if (host.length() > 253 || !host.matches(label + "(\\." + label + ")*")) {
            return Optional.of(shown + " is not a web site name; " + ADVICE);
        }
        if (host.indexOf('.') < 0) {
            return Optional.of(shown + " is a whole top-level domain, which would approve every site ending in ."
                    + host + "; name the one site, e.g. medlineplus.gov");
        }
        if (host.substring(host.lastIndexOf('.') + 1).matches("[0-9]+")) {
            return Optional.of(shown + " is an IP address, not a web site name; " + ADVICE);
        }
        return Optional.empty();
    }
}
