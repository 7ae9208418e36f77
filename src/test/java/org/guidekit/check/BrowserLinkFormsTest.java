package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 part 1: every link form a browser opens is checked against the approved sites and the pharmacy rule,
 * with the site the browser would open.
 */
class BrowserLinkFormsTest {
    @TempDir
    Path dir;

    @Test
    void linksWithoutSlashesOrWithBackslashesGoWhereABrowserGoes() {
        // Markdown: "\\\\" in a destination is one backslash.
        List<Finding> f = Checked.rule(dir, "link-host", "[A](https:evil.com) [B](https:/evil.com) "
                + "[C](https:\\\\\\\\evil.com) [D](HTTP:evil.com) [E](https://evil.com\\\\.medlineplus.gov/x) "
                + "[F](https://medlineplus.gov@evil.com/x).\n");
        assertEquals(6, f.size(), f.toString());
        f.forEach(x -> assertTrue(x.message().contains("goes to evil.com,"), x.message()));
        f.forEach(x -> assertEquals(Severity.ERROR, x.severity()));
    }

    @Test
    void anAddressWhoseSiteCannotBeDeterminedIsAnError() {
        List<Finding> f = Checked.rule(dir, "link-host", "[A](https://exa%20mple.org/x) and [B](https://) and "
                + "[C](https://medlineplus.gov:99999/x).\n");
        assertEquals(3, f.size(), f.toString());
        f.forEach(x -> assertTrue(x.message().contains("cannot be checked"), x.message()));
    }

    @Test
    void plainHttpInCapitalsIsStillInsecure() {
        assertEquals(1, Checked.rule(dir, "insecure-link", "See [MedlinePlus](HTTP://medlineplus.gov/a.html).\n")
                .size());
    }

    @Test
    void bareDomainsInTextAreAddresses() {
        List<Finding> host = Checked.rule(dir, "link-host", "Order at cheap-meds-online.com today, or at "
                + "WWW.Example.org/page.\n");
        assertEquals(2, host.size(), host.toString());
        assertTrue(mentions(host, "goes to cheap-meds-online.com"), host.toString());
        assertTrue(mentions(host, "goes to www.example.org"), host.toString());
        assertEquals(1, Checked.rule(dir, "online-pharmacy", "Order at cheap-meds-online.com today.\n").size());
    }

    @Test
    void abbreviationsAndNumbersAreNotAddresses() {
        List<Finding> f = Checked.rule(dir, "link-host", "Take 3.5 mg, e.g. after lunch, i.e. at noon. Mr. Smith "
                + "of the U.S. said so.\n\nDr. Jones agreed.Then she left at 5 p.m. on Sept. 3.\n");
        assertEquals(List.of(), f);
    }

    @Test
    void tableCellsAltTextAndLinkTextAreChecked() {
        Fixtures.png(dir, "images/photo.png");
        List<Finding> f = Checked.rule(dir, "link-host", "| Where | Shop |\n|---|---|\n| www.evil.com | "
                + "buy-pills.net |\n\n![Photo from https:evil.org](images/photo.png)\n\n"
                + "Read [https://other.example/x](https://medlineplus.gov/x).\n");
        assertEquals(4, f.size(), f.toString());
        for (String site : List.of("goes to www.evil.com", "goes to buy-pills.net", "goes to evil.org",
                "goes to other.example")) {
            assertTrue(mentions(f, site), site + " in " + f);
        }
    }

    @Test
    void linkTextShowingAnotherAddressIsAnError() {
        List<Finding> f = Checked.rule(dir, "misleading-link-text", "allowed-links: [other.example]\n",
                "Read [https://medlineplus.gov/x](https://other.example/x) or "
                        + "[medlineplus.gov/y](https://www.medlineplus.gov/y) or [www.medlineplus.gov](mailto:a@b.org).\n");
        assertEquals(2, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("shows https://medlineplus.gov/x but the link opens other.example"),
                f.get(0).message());
    }

    private static boolean mentions(List<Finding> findings, String text) {
        return findings.stream().anyMatch(x -> x.message().contains(text));
    }
}
