package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.guidekit.testing.Fixtures;
import org.guidekit.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidekit check} end to end through {@link Main#run}: golden reports, exit codes and options. */
class CheckCommandTest {
    private static final String SEED = "src/test/resources/check/seed-article.md";

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true,
                StandardCharsets.UTF_8), args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void sampleGuidesHaveNoErrors() {
        assertEquals(0, run("check", "content"), out + err);
        Golden.assertMatches("check", "content.txt", out);
        assertEquals(0, run("check", "--format", "json", "content"), out + err);
        Golden.assertMatches("check", "content.json", out);
    }

    @Test
    void pastedWebArticleFailsWithSpamAndLinkErrors() {
        assertEquals(3, run("check", SEED));
        Golden.assertMatches("check", "seed-article.txt", out);
        for (String rule : new String[] {"link-host", "online-pharmacy", "visit-site", "spam-text",
            "comment-signature", "dose-in-heading", "review-date", "speech-dropped-char"}) {
            assertTrue(out.contains("[" + rule + "]"), rule);
        }
        assertEquals(3, run("check", "--format", "json", SEED));
        Golden.assertMatches("check", "seed-article.json", out);
    }

    @Test
    void warningsFailOnlyWithStrict() {
        Path guide = Fixtures.write(dir, "g.md", "---\ntitle: Test\nreviewed: 2026-01-01\n---\nDO NOT drive.\n");
        assertEquals(0, run("check", guide.toString()), out);
        assertTrue(out.contains(guide + ":5: warning [all-caps] \"DO NOT\" is written in capitals; write it in "
                + "normal case; use **bold** to stress it"), out);
        assertEquals(3, run("check", "--strict", guide.toString()));
    }

    @Test
    void structureProblemsAreErrorFindings() {
        Path guide = Fixtures.write(dir, "g.md", "---\ntitle: Test\n---\nText.\n\n#### Deep\n\nText <b>x</b>.\n");
        assertEquals(3, run("check", guide.toString()));
        // Issue 10: the rest of the guide is still checked (its readability is reported) in the same run.
        assertTrue(out.contains(guide + ": reading grade "), out);
        assertTrue(out.contains(guide + ":6: error [structure] heading \"Deep\" uses ####"), out);
        assertTrue(out.contains(guide + ":8: error [structure] raw HTML <b> is not allowed; write plain"), out);
    }

    @Test
    void pronunciationsTheVoiceCannotUseAreErrors() {
        Path guide = Fixtures.write(dir, "g.md", "---\ntitle: Test\nreviewed: 2026-10-01\npronunciations:\n"
                + "  baclofen: \"b ae1 k l ow f eh n x\"\n---\nTake baclofen.\n");
        assertEquals(3, run("check", guide.toString()));
        assertTrue(out.contains("error [structure] the pronunciation of \"baclofen\" has \"x\""), out);
    }

    @Test
    void aGuideInAnotherLanguageSkipsTheEnglishOnlyChecksAndSaysSo() {
        Path guide = Fixtures.write(dir, "es.md", "---\ntitle: Presión\nlanguage: es-MX\nreviewed: 2026-10-01\n---\n"
                + "Siéntese cinco minutos antes de medir su presión arterial con el aparato automático.\n");
        assertEquals(0, run("check", guide.toString()));
        assertTrue(out.contains("info [language] the guide's language is es-MX"), out);
        assertTrue(!out.contains("[speech-unknown-word]") && !out.contains("[reading-grade]"), out);
        // Spanish has its own readability formulas (issue 27); a language without them is not measured.
        assertTrue(out.contains(guide + ": Spanish readability "), out);
        Path french = Fixtures.write(dir, "fr.md", "---\ntitle: Tension\nlanguage: fr\nreviewed: 2026-10-01\n---\n"
                + "Asseyez-vous cinq minutes avant de mesurer votre tension.\n");
        assertEquals(0, run("check", french.toString()));
        assertTrue(out.contains(french + ": reading grade not measured (not English)"), out);
        assertTrue(!out.contains("[reading-grade]") && !out.contains("[reading-ease]"), out);
    }

    @Test
    void targetGradeOptionOverridesTheGuide() {
        Path guide = Fixtures.write(dir, "g.md", "---\ntitle: Test\nreviewed: 2026-01-01\ntarget-grade: 12\n---\n"
                + "Regular stretching makes your back feel better.\n");
        assertEquals(0, run("check", guide.toString()));
        assertFalse(out.contains("[reading-grade]"), out);
        assertEquals(0, run("check", "--target-grade", "3", guide.toString()));
        assertTrue(out.contains("above the target grade 3"), out);
    }

    @Test
    void quietListsOnlyErrors() {
        assertEquals(3, run("check", "-q", SEED));
        assertFalse(out.contains("warning"), out);
        assertFalse(out.contains("checked:"), out);
        assertTrue(out.contains("error [link-host]"), out);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("check", "--target-grade", "0", "content"));
        assertTrue(err.contains("--target-grade 0 is not a school grade"), err);
        assertEquals(2, run("check", "--format", "xml", "content"));
        assertTrue(err.contains("choose text or json"), err);
    }
}
