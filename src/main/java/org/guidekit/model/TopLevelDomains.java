package org.guidekit.model;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The top-level domains that make a bare word such as {@code cheap-meds-online.com} a web address: every two-letter
 * country code the JDK knows (ISO 3166, {@link Locale#getISOCountries()}) plus uk, eu, su and ac, and the generic
 * domains seen in patient material and in pharmacy and ad spam. Not the full IANA list (over 1,400 names, many of
 * them English words such as "care" or "today" that a missing space after a full stop would turn into a domain):
 * an address with a scheme or "www." is found whatever its domain.
 */
final class TopLevelDomains {
    private static final Set<String> KNOWN = known();

    private TopLevelDomains() {
    }

    static boolean isKnown(String tld) {
        return KNOWN.contains(tld.toLowerCase(Locale.ROOT));
    }

    private static Set<String> known() {
        Set<String> all = new TreeSet<>(Set.of(
                "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "mobi", "asia",
                "app", "dev", "xyz", "top", "online", "site", "website", "shop", "store", "club", "live", "life",
                "health", "healthcare", "clinic", "pharmacy", "doctor", "dentist", "dental", "hospital", "care",
                "fit", "fitness", "diet", "vip", "win", "bid", "loan", "icu", "buzz", "click", "link", "space",
                "tech", "today", "world", "email", "news", "blog", "uk", "eu", "su", "ac"));
        for (String country : Locale.getISOCountries()) {
            all.add(country.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(all);
    }
}
