package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkSafetyRulesTest {
    @TempDir
    Path dir;

    @Test
    void linksMustGoToApprovedSites() {
        List<Finding> f = Checked.rule(dir, "link-host", "allowed-links: [cdc.gov]\n",
                "See [MedlinePlus](https://medlineplus.gov/backpain.html), [CDC](https://www.cdc.gov/x),\n"
                        + "[a shop](https://shop.example.com/x), [call us](tel:555-1234) or [mail](mailto:a@b.org).\n\n"
                        + "Or type www.example.org/page into your browser.\n");
        assertEquals(3, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("shop.example.com"), f.get(0).message());
        assertEquals(Severity.ERROR, f.get(0).severity());
        // A mail link's domain is judged like a web host (issue 25 point 3).
        assertTrue(f.get(1).message().startsWith("link to mailto:a@b.org sends mail to b.org"), f.get(1).message());
        assertEquals(8, f.get(2).line());
        assertTrue(f.get(2).message().startsWith("web address www.example.org/page goes to www.example.org"));
    }

    @Test
    void plainHttpToAnApprovedSiteIsAWarning() {
        List<Finding> f = Checked.rule(dir, "insecure-link", "See [MedlinePlus](http://medlineplus.gov/a.html).\n");
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void onlinePharmacyLinksAreErrors() {
        List<Finding> f = Checked.rule(dir, "online-pharmacy", "Buy at https://buyrxsafe.com/baclof-10mg or\n"
                + "[cheap pills](https://romanviagra.com/). Drug facts: [MedlinePlus](https://medlineplus.gov/druginfo/"
                + "meds/a682530.html).\n");
        assertEquals(2, f.size(), f.toString());
    }

    @Test
    void spamVisitCallsAndSignaturesAreErrors() {
        assertEquals(1, Checked.rule(dir, "spam-text", "Get viagra at the best price.\n").size());
        // A brand name or "without a prescription" is advertising beside a selling word, not in a leaflet's warning.
        assertEquals(1, Checked.rule(dir, "spam-text", "Cheap cialis and generic viagra pills.\n").size());
        assertEquals(1, Checked.rule(dir, "spam-text", "Muscle relaxants online without a prescription.\n").size());
        assertEquals(0, Checked.rule(dir, "spam-text", "Do not take nitroglycerin if you took sildenafil (Viagra) in "
                + "the last 24 hours. Get emergency help if chest pain goes on.\n").size());
        assertEquals(0, Checked.rule(dir, "spam-text", "The medicine is sold without a prescription, but you still "
                + "need to read the label. Ask in order to be sure.\n").size());
        assertEquals(0, Checked.rule(dir, "spam-text", "Ask your pharmacist about the price of your medicine.\n")
                .size());
        assertEquals(1, Checked.rule(dir, "visit-site", "Visit this site to learn more.\n").size());
        assertEquals(1, Checked.rule(dir, "comment-signature", "Text.\n\nBy AnnaCit at 2025-04-29 02:08:12\n")
                .size());
        assertEquals(1, Checked.rule(dir, "comment-signature", "Text.\n\nPosted by Jo Smith on April 3, 2024\n")
                .size());
        assertEquals(0, Checked.rule(dir, "comment-signature", "By the end of the day on 2025-04-29 you can walk.\n")
                .size());
    }

    @Test
    void productWithStrengthInHeadingIsAnErrorAndRepeatedInTextAWarning() {
        List<Finding> heading = Checked.rule(dir, "dose-in-heading", "Text.\n\n## Use Relaxants Like Baclof 10 mg\n\n"
                + "Text.\n\n## Take 2 pills\n\nText.\n");
        assertEquals(1, heading.size());
        assertEquals(6, heading.get(0).line());
        List<Finding> repeated = Checked.rule(dir, "brand-promotion", "Try the new Relaxo 10 mg today.\n\n"
                + "Many people like Relaxo 10 mg best.\n\nTake 10 mg at night. Take 10 mg in the morning.\n");
        assertEquals(1, repeated.size(), repeated.toString());
        assertTrue(repeated.get(0).message().contains("lines 4, 6"), repeated.get(0).message());
    }
}
