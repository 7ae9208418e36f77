package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.guidekit.cli.CliRun;
import org.guidekit.error.ExitCode;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The braille edition through the command line: options, errors, the library build, the index and the manifest. */
class BrailleCommandLineTest {
    @TempDir
    Path dir;

    @Test
    void aCharacterTheTableCannotTranslateStopsTheGuideWithItsLineAndWritesNothing() throws IOException {
        Path guide = Fixtures.guide(dir, "c/zh.md", "Rest your back.\n\nTake \u5b57 twice a day.\n");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", guide.toString(), "--format", "braille", "--out", out.toString());
        assertEquals(ExitCode.RENDER_FAILED, run.code(), run.toString());
        assertTrue(run.err().contains("zh.md:6: braille: the character \"\u5b57\" (U+5B57) has no braille in the "
                + "table en-ueb-g2.ctb (English); write it in words or leave it out"), run.toString());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run);
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            assertEquals(java.util.List.of(), files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(".guidekit.lock")).toList(), "nothing written");
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing written at all
        }
    }

    @Test
    void badBrailleOptionsAreUsageErrors() {
        Path guide = Fixtures.guide(dir, "g.md", "Text.\n");
        for (String[] bad : new String[][] {{"--braille-grade", "3"}, {"--braille-cells", "12"},
                {"--braille-lines", "2"}, {"--braille-cells", "forty"}}) {
            CliRun run = CliRun.of("render", guide.toString(), "--format", "braille", "--out",
                    dir.resolve("o").toString(), bad[0], bad[1]);
            assertEquals(ExitCode.USAGE, run.code(), String.join(" ", bad) + ": " + run);
            assertTrue(run.err().contains(bad[0]), run.toString());
        }
    }

    @Test
    void pageSizeOptionsShapeTheBrf() throws IOException {
        Path guide = Fixtures.guide(dir, "g.md", "A back muscle spasm is a sudden, painful tightening of the "
                + "muscles in your back. It can happen after you lift something heavy.\n");
        CliRun run = CliRun.of("render", guide.toString(), "--format", "braille", "--out", dir.resolve("o").toString(),
                "--braille-cells", "20", "--braille-lines", "6", "--braille-grade", "1");
        assertEquals(ExitCode.OK, run.code(), run.toString());
        String brf = Files.readString(dir.resolve("o/g/g.brf"));
        for (String page : brf.split("\f")) {
            String[] lines = page.split("\r\n");
            assertEquals(6, lines.length, page);
            for (String line : lines) {
                assertTrue(line.length() <= 20, line);
            }
        }
        assertTrue(brf.contains("MUSCLE"), "uncontracted: " + brf);
    }

    @Test
    void theLibraryBuildMakesBrailleForEnglishFrenchAndSpanishListsItInTheIndexAndSkipsOtherLanguages()
            throws IOException {
        Fixtures.guide(dir, "c/en.md", "Rest your back.\n");
        Fixtures.write(dir, "c/fr.md", "---\ntitle: Le dos\nlanguage: fr-FR\n---\nReposez votre dos.\n");
        Fixtures.write(dir, "c/es.md", "---\ntitle: La espalda\nlanguage: es-MX\n---\nDescanse la espalda.\n");
        Fixtures.write(dir, "c/de.md", "---\ntitle: Der R\u00fccken\nlanguage: de-DE\n---\nRuhen Sie sich aus.\n");
        Path out = dir.resolve("o");
        CliRun run = CliRun.of("build", dir.resolve("c").toString(), "--out", out.toString(), "--format",
                "pdf,braille");
        assertEquals(ExitCode.RENDER_FAILED, run.code(), "braille named for a German guide: " + run);
        CliRun defaults = CliRun.of("build", dir.resolve("c").toString(), "--out", dir.resolve("d").toString());
        assertEquals(ExitCode.OK, defaults.code(), defaults.toString());
        assertTrue(defaults.out().contains("braille is made for English, French and Spanish guides, but the "
                + "guide's language is de-DE"), defaults.toString());
        for (String name : new String[] {"en", "fr", "es"}) {
            assertTrue(Files.size(dir.resolve("d/" + name + "/" + name + ".brf")) > 0, name);
            assertTrue(Files.size(dir.resolve("d/" + name + "/" + name + ".pef")) > 0, name);
        }
        assertFalse(Files.exists(dir.resolve("d/de/de.brf")));
        String index = Files.readString(dir.resolve("d/index.html"));
        assertTrue(index.contains("<a href=\"en/en.brf\">Braille (BRF)<span class=\"visually-hidden\"> for"), index);
        assertTrue(index.contains("<a href=\"en/en.pef\">Braille for embossers (PEF)"), index);
        String manifest;
        try (Stream<Path> files = Files.list(dir.resolve("d"))) {
            Path m = files.filter(p -> !Files.isDirectory(p) && !p.getFileName().toString().equals("index.html"))
                    .findFirst().orElse(null);
            manifest = m == null ? "" : Files.readString(m);
        }
        CliRun again = CliRun.of("build", dir.resolve("c").toString(), "--out", dir.resolve("d").toString());
        assertTrue(again.out().matches("(?s).*Up to date, skipped +4\n.*"), "braille is in the manifest: "
                + again + "\n" + manifest);
        CliRun wider = CliRun.of("build", dir.resolve("c").toString(), "--out", dir.resolve("d").toString(),
                "--braille-cells", "32");
        // Only the braille is made again, and the German guide has none: a braille option re-renders nothing else.
        assertTrue(wider.out().matches("(?s).*Guides rendered +3\n.*Up to date, skipped +1\n.*"),
                "braille options are in the braille fingerprint only: " + wider);
    }
}
