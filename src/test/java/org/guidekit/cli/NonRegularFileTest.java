package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.guidekit.error.ExitCode;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named pipe (FIFO) named as a guide, a settings file or a document to import is refused with a message naming
 * it, by every command: reading one would wait for ever for a writer, and {@code build} used to leave it out of
 * the library without a word. The timeout only turns a hang into a failure (a generous bound, not a speed target).
 */
class NonRegularFileTest {
    private static final Duration NO_HANG = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void renderAndCheckRefuseANamedPipe() {
        Path pipe = Fixtures.fifo(dir.resolve("content/pipe.md"));
        CliRun render = assertTimeoutPreemptively(NO_HANG, () -> CliRun.of("render", pipe.toString(), "--format",
                "pdf", "--out", dir.resolve("out").toString()));
        assertEquals(ExitCode.INVALID_CONTENT, render.code(), render.toString());
        assertTrue(render.err().contains(pipe + ": this is a named pipe (FIFO), device or socket, not a regular "
                + "file"), render.toString());
        CliRun check = assertTimeoutPreemptively(NO_HANG, () -> CliRun.of("check", pipe.toString()));
        assertEquals(ExitCode.INVALID_CONTENT, check.code(), check.toString());
        assertTrue(check.out().contains("pipe.md") && check.out().contains("named pipe"), check.toString());
    }

    @Test
    void buildReportsANamedPipeInTheContentFolderInsteadOfLeavingItOut() {
        Path content = dir.resolve("content");
        Fixtures.guide(content, "back-care.md", "Rest your back for a day or two.\n");
        Path pipe = Fixtures.fifo(content.resolve("pipe.md"));
        CliRun build = assertTimeoutPreemptively(NO_HANG, () -> CliRun.of("build", content.toString(), "--format",
                "pdf", "--out", dir.resolve("out").toString()));
        assertEquals(ExitCode.INVALID_CONTENT, build.code(), build.toString());
        assertTrue((build.out() + build.err()).contains(pipe + ": this is a named pipe"), build.toString());
        assertTrue(Files.isRegularFile(dir.resolve("out/back-care/back-care.pdf")), "the other guide is built");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pronunciations.yaml", "plain-words.yaml"})
    void aNamedPipeAsASettingsFileIsRefusedNotIgnored(String settingsFile) {
        Path content = dir.resolve("content");
        Path guide = Fixtures.guide(content, "back-care.md", "Rest your back for a day or two.\n");
        Fixtures.fifo(content.resolve(settingsFile));
        CliRun check = assertTimeoutPreemptively(NO_HANG, () -> CliRun.of("check", guide.toString()));
        assertFalse(check.code() == ExitCode.OK, check.toString());
        assertTrue((check.out() + check.err()).contains(settingsFile) && (check.out() + check.err())
                .contains("named pipe"), check.toString());
    }

    @Test
    void importRefusesANamedPipe() {
        Path pipe = Fixtures.fifo(dir.resolve("leaflet.docx"));
        CliRun run = assertTimeoutPreemptively(NO_HANG, () -> CliRun.of("import", pipe.toString(), "--out",
                dir.resolve("content").toString()));
        assertFalse(run.code() == ExitCode.OK, run.toString());
        assertTrue(run.err().contains("leaflet.docx") && run.err().contains("named pipe"), run.toString());
    }
}
