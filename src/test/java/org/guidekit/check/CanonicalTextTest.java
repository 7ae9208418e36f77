package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.guidekit.cli.CliRunner;
import org.guidekit.model.WrittenAddresses;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 25 points 1-3: what the checks judge is what the renderers print and link. Invisible format characters,
 * accents, look-alike letters and compatibility forms must not hide a pharmacy, a spam word or a site; tel: links
 * hold phone numbers; mail links are judged by their domain.
 */
class CanonicalTextTest {
    private static final String SHY = "\u00AD";

    @TempDir
    Path dir;

    @Test
    void aSoftHyphenInsideAnAddressIsRemovedSoTheCheckSeesTheAddressThePdfLinks() {
        List<Finding> f = Checked.all(dir, "", "Order at www" + SHY + "cheap-meds-online.com today.\n\n"
                + "Or see on" + SHY + "line.com.\n", Checked.settings());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("online-pharmacy") && x.line() == 4
                && x.message().contains("wwwcheap-meds-online.com")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("link-host") && x.line() == 6
                && x.message().contains("goes to online.com")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.message().contains(" line.com")), f.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Via\u00ADgra", "Vi\u00E1gra", "Via&shy;gra", "Vi\u0430gra", "\uFF36\uFF49\uFF41gra",
            "VIA\u0301GRA", "Vi&aacute;gra"})
    void aSpamWordDressedUpIsStillSpam(String word) {
        List<Finding> f = Checked.rule(dir, "spam-text", "Try " + word + " for your back.\n");
        assertEquals(1, f.size(), word + ": " + f);
    }

    @Test
    void healthTextWithAccentsIsNotSpam() {
        assertTrue(Checked.rule(dir, "spam-text", "Caf\u00E9 au lait and a na\u00EFve r\u00E9sum\u00E9 of "
                + "your Cr\u00E8me.\n").isEmpty());
    }

    @Test
    void aLookAlikeLetterInAHostIsReadAsTheLetterItLooksLike() {
        List<Finding> f = Checked.rule(dir, "online-pharmacy", "See https://m\u0435ds-shop.example/ now.\n");
        assertEquals(1, f.size(), f.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\u202E", "\u2066", "\uFEFF", "\u061C"})
    void otherFormatCharactersAreRefusedWithFileAndLine(String invisible) {
        Path file = Fixtures.write(dir, "g.md", "---\ntitle: Back care\n---\n\nSee www" + invisible
                + "cheap.com.\n");
        var run = CliRunner.check(file);
        assertEquals(3, run.code(), run.toString());
        assertTrue(run.out().contains(file + ":5: error [structure] this line holds an invisible format character "
                + String.format("(U+%04X, ", (int) invisible.charAt(0))), run.toString());
    }

    @Test
    void formatCharactersFromCharacterReferencesAndYamlEscapesAreRefused() {
        Path file = Fixtures.write(dir, "g.md", "---\ntitle: \"Back\\u200Bcare\"\n---\n\nSee www&#8203;cheap.com "
                + "and [a link](https://medlineplus.gov/&#x202E;x).\n");
        var run = CliRunner.check(file);
        assertEquals(3, run.code(), run.toString());
        assertTrue(run.out().contains(file + ":2: error [structure] title holds an invisible format character "
                + "(U+200B, zero width space)"), run.toString());
        assertTrue(run.out().contains(file + ":5: error [structure] this line holds an invisible format character "
                + "(U+200B, zero width space)"), run.toString());
        assertTrue(run.out().contains("(U+202E, right-to-left override)"), run.toString());
    }

    @Test
    void aTelLinkMustBeAPhoneNumber() {
        Path file = Fixtures.write(dir, "g.md", "---\ntitle: Back care\n---\n\n[MedlinePlus](tel:https://evil."
                + "example) or [call us](tel:+1-555-201-3344) or [flowers](tel:1-800-FLOWERS).\n");
        var run = CliRunner.check(file);
        assertEquals(3, run.code(), run.toString());
        assertTrue(run.out().contains(file + ":5: error [structure] link \"tel:https://evil.example\" is not a "
                + "phone number"), run.toString());
        assertFalse(run.out().contains("555-201-3344\" is not"), run.toString());
        assertFalse(run.out().contains("FLOWERS\" is not"), run.toString());
    }

    @Test
    void mailDomainsAreJudgedLikeWebHosts() {
        List<Finding> f = Checked.all(dir, "", "Write to [us](mailto:orders@cheap-meds-online.com), to "
                + "sales@rx-deals.com or to [the clinic](mailto:help@medlineplus.gov).\n", Checked.settings());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("online-pharmacy")
                && x.message().contains("mailto:orders@cheap-meds-online.com")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("online-pharmacy")
                && x.message().contains("sales@rx-deals.com")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("link-host")
                && x.message().contains("sends mail to cheap-meds-online.com")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.message().contains("help@medlineplus.gov")), f.toString());
        assertTrue(Checked.rule(dir, "link-text", "Write to [help@medlineplus.gov](mailto:help@medlineplus.gov).\n")
                .isEmpty(), "an e-mail address is the right text for a mail link");
    }

    @Test
    void theOneFinderReadsCompatibilityFormsAsABrowserDoes() {
        List<WrittenAddresses.Found> found = WrittenAddresses.find("Go to \uFF57\uFF57\uFF57\uFF0E\uFF45\uFF56"
                + "\uFF49\uFF4C\uFF0E\uFF43\uFF4F\uFF4D now, or mail info@clinic.org.");
        assertEquals(2, found.size(), found.toString());
        assertEquals("https://www.evil.com", found.get(0).destination());
        assertEquals(6, found.get(0).start());
        assertEquals(18, found.get(0).end());
        assertEquals("mailto:info@clinic.org", found.get(1).destination());
    }
}
