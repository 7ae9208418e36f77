package org.guidekit.promises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.guidekit.cli.CliRun;
import org.guidekit.error.ExitCode;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README: {@code render} and {@code build} run one render loop, and {@code check} reports everything they would
 * refuse. The same guide gets the same verdict from all three.
 */
class RenderAndBuildAgreeTest {
    @TempDir
    Path dir;

    @Test
    void aGuideTheVoiceCannotSpeakGetsItsHandoutAndANoteFromBoth() throws Exception {
        Path content = dir.resolve("content");
        Path es = Fixtures.write(content, "es.md", "---\ntitle: Blutdruck\nlanguage: de-DE\n---\n"
                + "## Messen\n\nSetzen Sie sich und ruhen Sie fünf Minuten.\n");
        CliRun render = CliRun.of("render", es.toString(), "--out", dir.resolve("r").toString());
        CliRun build = CliRun.of("build", content.toString(), "--out", dir.resolve("b").toString());
        assertEquals(ExitCode.OK, render.code(), render.toString());
        assertEquals(ExitCode.OK, build.code(), build.toString());
        for (CliRun run : new CliRun[] {render, build}) {
            assertTrue(run.out().contains("no audio or daisy for this guide (no voice speaks the guide's language (de-DE)"),
                    run.toString());
        }
        assertTrue(Files.exists(dir.resolve("r/es/es.pdf")) && Files.exists(dir.resolve("b/es/es.pdf")));
        assertEquals(ExitCode.RENDER_FAILED, CliRun.of("render", es.toString(), "--format", "audio", "--out",
                dir.resolve("r2").toString()).code(), "a format named on purpose is still an error");
        assertEquals(ExitCode.RENDER_FAILED, CliRun.of("build", content.toString(), "--format", "audio", "--out",
                dir.resolve("b2").toString()).code());
    }

    @Test
    void whatCheckPassesBuildRendersAndWhatBuildRefusesCheckReports() {
        Path content = dir.resolve("content");
        Path emoji = Fixtures.guide(content, "emoji.md", "## Heat \uD83D\uDD25\n\nUse a warm pad.\n");
        CliRun check = CliRun.of("check", emoji.toString());
        CliRun build = CliRun.of("build", content.toString(), "--format", "pdf", "--out", dir.resolve("o")
                .toString());
        assertEquals(ExitCode.INVALID_CONTENT, check.code(), check.toString());
        assertTrue(check.out().contains("emoji.md:4: error [render] the font has no glyph"), check.toString());
        assertEquals(ExitCode.RENDER_FAILED, build.code(), build.toString());
        assertTrue(build.err().contains("emoji.md:4: the font has no glyph"), build.toString());
        assertFalse(Files.exists(dir.resolve("o/emoji/emoji.pdf")));
    }
}
