package org.guidekit.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Web addresses written in text and the host of a link, as the link checks need them. */
public final class WebAddress {
    /** "https://…" or "www.…" up to a space; trailing punctuation is sentence punctuation, not the address. */
    private static final Pattern IN_TEXT = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");

    private WebAddress() {
    }

    /** The web addresses written out in {@code text}, in order. */
    public static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll("[.,;:!?)\\]]+$", ""));
        }
        return found;
    }

    /** True when {@code text} is nothing but a web address. */
    public static boolean isAddress(String text) {
        String t = text.strip();
        return !t.isEmpty() && find(t).size() == 1 && find(t).get(0).length() >= t.length() - 1;
    }

    /** The lower-case host of an http(s) address ("www." addresses count as http), or empty for mailto:, tel:. */
    public static Optional<String> host(String address) {
        String a = address.strip();
        if (a.regionMatches(true, 0, "www.", 0, 4)) {
            a = "http://" + a;
        }
        String lower = a.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            String host = new URI(a).getHost();
            if (host != null) {
                return Optional.of(host.toLowerCase(Locale.ROOT));
            }
        } catch (URISyntaxException e) {
            // fall through: take what is between "//" and the next "/", good enough to name and check it
        }
        String rest = a.substring(a.indexOf("//") + 2);
        return Optional.of(rest.replaceAll("[/?#:].*$", "").toLowerCase(Locale.ROOT));
    }

    /** True when {@code host} is {@code allowed} or one of its subdomains ("www.cdc.gov" for "cdc.gov"). */
    public static boolean hostMatches(String host, String allowed) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        String a = allowed.startsWith("www.") ? allowed.substring(4) : allowed;
        return h.equals(a) || h.endsWith("." + a);
    }
}
