package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.guidekit.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 part 1: front matter is printed and spoken, so the text rules read it too. */
class FrontMatterSafetyTest {
    @TempDir
    Path dir;

    @Test
    void spamAndAddressesInTheTitleSubtitleAndOrganizationAreFound() {
        List<Finding> f = Checked.all(dir, "subtitle: Order at cheap-meds-online.com\norganization: Best price "
                + "pills www.evil.com\n", "Text.\n", Checked.settings());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("online-pharmacy") && x.line() == 3), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("link-host") && x.line() == 3), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("link-host") && x.line() == 4
                && x.message().contains("www.evil.com")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("spam-text") && x.line() == 4), f.toString());
    }

    @Test
    void aDoseInTheTitleIsPromotion() {
        Path file = org.guidekit.testing.Fixtures.write(dir, "g.md", "---\ntitle: Cheap Baclof 10 mg for spasms\n---\n"
                + "Text.\n");
        String out = CliRunner.check(file).out();
        assertTrue(out.contains(file + ":2: error [dose-in-heading]"), out);
    }

    @Test
    void controlCharactersFromYamlEscapesAreErrorsShownAsCodePoints() {
        Path file = org.guidekit.testing.Fixtures.write(dir, "g.md", "---\ntitle: \"Back \\e[31mcare\"\n"
                + "subtitle: \"A\\x01B\"\n---\nText.\n");
        var run = CliRunner.check(file);
        assertEquals(3, run.code(), run.toString());
        assertTrue(run.out().contains(file + ":2: error [structure] title holds an invisible control character "
                + "(U+001B)"), run.toString());
        assertTrue(run.out().contains(file + ":3: error [structure] subtitle holds an invisible control character "
                + "(U+0001)"), run.toString());
        assertFalse(run.out().chars().anyMatch(c -> c < 0x20 && c != '\n'), "no raw control character printed");
    }

    @Test
    void allowedLinksInFrontMatterAreValidatedLikeTheSharedList() {
        Path file = org.guidekit.testing.Fixtures.write(dir, "g.md", "---\ntitle: Back care\nallowed-links:\n"
                + "  - com\n  - https://cdc.gov/page\n  - cdc.gov\n---\nText.\n");
        var run = CliRunner.check(file);
        assertEquals(3, run.code(), run.toString());
        assertTrue(run.out().contains(file + ":4: error [structure] allowed-links: \"com\" is a whole top-level "
                + "domain"), run.toString());
        assertTrue(run.out().contains(file + ":5: error [structure] allowed-links: \"https://cdc.gov/page\" is not "
                + "a web site name"), run.toString());
    }

    @Test
    void controlCharactersFromCharacterReferencesAreErrors() {
        Path file = org.guidekit.testing.Fixtures.write(dir, "g.md", "---\ntitle: Back care\n---\nText &#27; "
                + "here and [a link](https://medlineplus.gov/&#1;x).\n");
        var run = CliRunner.check(file);
        assertEquals(3, run.code(), run.toString());
        assertTrue(run.out().contains(file + ":4: error [structure] this line holds an invisible control character "
                + "(U+001B)"), run.toString());
        assertTrue(run.out().contains("(U+0001)"), run.toString());
    }

    @Test
    void anEmojiAcrossTheYamlParsersBufferIsNotAnInternalError() {
        // SnakeYAML 2.3 reads 1024 characters at a time: put the emoji's two halves on both sides of that boundary
        // (and of its neighbours, should the buffer size change).
        for (int at = 1020; at <= 1026; at++) {
            String before = "---\nsubtitle: " + "x".repeat(at - "subtitle: ".length());
            Path file = org.guidekit.testing.Fixtures.write(dir, "g" + at + ".md", before + "\uD83D\uDD25 care\n"
                    + "title: Back care\n---\nText.\n");
            var run = CliRunner.check(file);
            assertTrue(run.code() == 0 || run.code() == 3, run.toString());
            assertFalse(run.err().contains("internal error"), run.toString());
        }
    }
}
