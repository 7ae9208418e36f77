package org.guidekit.check;

import java.net.IDN;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links to online pharmacies and drug shops, pasted along with an article (see {@link SpamRule}): an error, since a
 * clinic must never send a patient to buy medicine without a prescription. A host the clinic approved is its
 * decision.
 */
final class PharmacyLinkRule extends PieceRule<LinkOccurrence> {
    static final String ID = "online-pharmacy";
    private static final Pattern PHARMACY_ADDRESS = Pattern.compile(
            "(?i)(pharm|rx|drugstore|pill|meds|viagra|cialis|levitra|tablet|^(www\\.)?(buy|order|cheap))");

    PharmacyLinkRule() {
        super(CheckContext::links, ID);
    }

    @Override
    void check(LinkOccurrence link, Findings found) {
        Optional<String> host = link.target().host();
        // Only the host (a mail link's domain too): approved drug-information pages have "meds" or "rx" in their
        // paths.
        if (host.isPresent() && PHARMACY_ADDRESS.matcher(matched(host.get())).find()
                && found.context().allowedHosts().stream().noneMatch(a -> WebAddress.hostMatches(host.get(), a))) {
            found.add(Severity.ERROR, link.line(), (link.written() ? "web address " : "link to ") + link.shown()
                    + " looks like an online pharmacy or drug shop", "remove it; tell patients to get medicine "
                    + "only with a prescription from their own pharmacy");
        }
    }

    /** The host as the pattern reads it: IDNA's Unicode form, folded ("mеds" with a Cyrillic е is "meds"). */
    private static String matched(String host) {
        try {
            return MatchText.fold(IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED));
        } catch (IllegalArgumentException e) {
            return MatchText.fold(host);
        }
    }
}
