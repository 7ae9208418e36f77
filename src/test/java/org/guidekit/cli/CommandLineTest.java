package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.guidekit.error.ExitCode;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage, help, version and exit codes of the command line. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void checkOfTheSampleContentPasses() {
        CliRun run = CliRun.of("check", "content");
        assertEquals(ExitCode.OK, run.code(), run.toString());
        assertTrue(run.out().contains("2 guides checked: 0 errors, 0 warnings"), run.toString());
    }

    @Test
    void helpListsSubcommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitCode.OK, run.code());
        assertTrue(run.out().contains("check") && run.out().contains("render") && run.out().contains("build"));
        assertTrue(run.out().contains("invalid content"), run.out());
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.of("--version");
        assertEquals(ExitCode.OK, run.code());
        assertTrue(run.out().startsWith("guidekit "), run.out());
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertEquals(ExitCode.USAGE, CliRun.of().code());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("build", "--colour");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("--colour"), run.err());
    }

    @Test
    void unknownFormatIsAUsageErrorNamingTheChoices() {
        Path file = Fixtures.guide(dir, "g.md", "Text.\n");
        CliRun run = CliRun.of("render", file.toString(), "--format", "docx", "--out", dir.toString());
        assertEquals(ExitCode.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains("unknown format \"docx\""), run.err());
    }

    @Test
    void bodySizeBelowLargePrintIsAUsageError() {
        Path file = Fixtures.guide(dir, "g.md", "Text.\n");
        CliRun run = CliRun.of("render", file.toString(), "--size", "12", "--out", dir.toString());
        assertEquals(ExitCode.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains("18 is the large-print minimum"), run.err());
    }

    @Test
    void notANumberIsAUsageError() {
        Path file = Fixtures.guide(dir, "g.md", "Text.\n");
        assertEquals(ExitCode.USAGE, CliRun.of("render", file.toString(), "--size", "NaN", "--out", dir.toString())
                .code());
        assertEquals(ExitCode.USAGE, CliRun.of("render", file.toString(), "--pitch", "NaN", "--format", "wav",
                "--out", dir.toString()).code());
    }

    @Test
    void renderRefusesTwoGuidesThatWouldShareAnOutputFolder() {
        Path a = Fixtures.guide(dir, "c/a.md", "Text.\n");
        Path b = Fixtures.guide(dir, "c/sub/a.md", "Other text.\n");
        CliRun run = CliRun.of("render", a.toString(), b.toString(), "--format", "pdf", "--out",
                dir.resolve("o").toString());
        assertEquals(ExitCode.INVALID_CONTENT, run.code(), run.toString());
        assertTrue(run.err().contains("has the same file name"), run.toString());
    }

    @Test
    void upperCaseExtensionIsStrippedFromTheOutputName() {
        Path file = Fixtures.guide(dir, "c/UP.MD", "Text.\n");
        CliRun run = CliRun.of("render", file.toString(), "--format", "pdf", "--out", dir.resolve("o").toString());
        assertEquals(ExitCode.OK, run.code(), run.toString());
        assertTrue(java.nio.file.Files.exists(dir.resolve("o/UP/UP.pdf")));
    }

    @Test
    void missingFileIsAnIoError() {
        CliRun run = CliRun.of("check", dir.resolve("nope.md").toString());
        assertEquals(ExitCode.IO, run.code(), run.toString());
        assertTrue(run.err().contains("nope.md: no such file or folder"), run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }

    @Test
    void missingContentFolderIsAnIoError() {
        CliRun run = CliRun.of("build", dir.resolve("nothing").toString(), "--out", dir.resolve("o").toString());
        assertEquals(ExitCode.IO, run.code(), run.toString());
        assertTrue(run.err().contains("no such folder"), run.err());
    }

    @Test
    void oneBrokenGuideDoesNotStopTheOthers() {
        Fixtures.guide(dir, "content/a-good.md", "Text.\n");
        Fixtures.write(dir, "content/b-bad.md", "no front matter\n");
        Fixtures.guide(dir, "content/c-good.md", "More text.\n");
        CliRun run = CliRun.of("build", dir.resolve("content").toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.INVALID_CONTENT, run.code(), run.toString());
        assertTrue(run.out().matches("(?s).*Guides rendered +2\n.*Failed +1\n.*"), run.toString());
        assertTrue(run.err().contains("b-bad.md:1: the guide has no front matter"), run.toString());
    }

    @Test
    void aLibraryBuildMakesOnlyThePdfOfAGuideTheVoiceCannotSpeakAndSaysSo() {
        Fixtures.write(dir, "c/es.md", "---\ntitle: Blutdruck\nlanguage: de-DE\n---\nSetzen Sie sich fünf Minuten.\n");
        CliRun run = CliRun.of("build", dir.resolve("c").toString(), "--out", dir.resolve("o").toString());
        assertEquals(ExitCode.OK, run.code(), run.toString());
        assertTrue(run.out().contains("es.md: no audio or daisy for this guide (no voice speaks the guide's language (de-DE); "
                + "guidekit speaks English (FreeTTS), Spanish and French (espeak-ng))"), run.toString());
        assertTrue(java.nio.file.Files.exists(dir.resolve("o/es/es.pdf")));
        CliRun named = CliRun.of("build", dir.resolve("c").toString(), "--out", dir.resolve("o2").toString(),
                "--format", "pdf,audio");
        assertEquals(ExitCode.RENDER_FAILED, named.code(), "a format asked for by name is an error: " + named);
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun run = CliRun.of("check", "--verbose", dir.resolve("nope.md").toString());
        assertEquals(ExitCode.IO, run.code());
        assertTrue(run.err().contains("\tat "), run.err());
    }
}
