package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.guidekit.error.ExitCode;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The typed options (a word from a list: help lists the words, a wrong one is named with the right ones), the
 * options and help every subcommand inherits from {@code guidekit}, and the logging set up before a command runs.
 */
// Alone: one test reads the libraries' log level, which every command run sets for the whole JVM.
@Isolated
class OptionsTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheChoices() {
        CliRun render = CliRun.of("render", "--help");
        assertEquals(ExitCode.OK, render.code(), render.toString());
        String help = oneLine(render.out());
        assertTrue(help.contains("Paper size, one of: letter, a4 "), help);
        assertTrue(help.contains("from: pdf, audio, wav, daisy, braille, epub, web "), help);
        assertTrue(oneLine(CliRun.of("build", "--help").out()).contains("one of: letter, a4 "));
        String check = oneLine(CliRun.of("check", "--help").out());
        assertTrue(check.contains("one of: text, json;"), check);
    }

    /** Help as one line: it wraps at 80 columns wherever a list falls. */
    private static String oneLine(String help) {
        return help.replaceAll("\\s+", " ");
    }

    @Test
    void aPaperSizeThatIsNotAChoiceIsAUsageErrorNamingTheChoices() {
        Path file = Fixtures.guide(dir, "g.md", "Text.\n");
        CliRun run = CliRun.of("render", file.toString(), "--paper", "b5", "--out", dir.resolve("o").toString());
        assertEquals(ExitCode.USAGE, run.code(), run.toString());
        assertTrue(run.err().startsWith("guidekit: --paper \"b5\" is not a paper size; choose letter or a4\n"
                + "Try: guidekit render --help"), run.toString());
        assertFalse(run.err().contains("Invalid value"), "our words, not picocli's: " + run);
        assertFalse(Files.exists(dir.resolve("o")), run.toString());
    }

    @Test
    void aReportFormatThatIsNotAChoiceIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.of("check", "content", "--format", "xml");
        assertEquals(ExitCode.USAGE, run.code(), run.toString());
        assertTrue(run.err().startsWith("guidekit: --format \"xml\" is not a report format; choose text or json\n"),
                run.toString());
    }

    @Test
    void anUnknownRenderFormatNamesEveryFormat() {
        CliRun run = CliRun.of("build", "content", "--format", "pdf,docx", "--out", dir.toString());
        assertEquals(ExitCode.USAGE, run.code(), run.toString());
        assertTrue(run.err().startsWith("guidekit: unknown format \"docx\"; choose from pdf, audio, wav, daisy, "
                + "braille, epub, web\n"), run.toString());
    }

    @Test
    void choicesMayBeTypedInAnyCase() throws IOException {
        Path file = Fixtures.guide(dir, "g.md", "Text.\n");
        CliRun run = CliRun.of("render", file.toString(), "--paper", "A4", "--format", "PDF", "--out",
                dir.resolve("o").toString());
        assertEquals(ExitCode.OK, run.code(), run.toString());
        try (PDDocument doc = Loader.loadPDF(dir.resolve("o/g/g.pdf").toFile())) {
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()));
        }
        CliRun json = CliRun.of("check", file.toString(), "--format", "JSON");
        assertEquals(ExitCode.OK, json.code(), json.toString());
        assertTrue(json.out().startsWith("{"), json.toString());
    }

    @Test
    void verboseWorksBeforeAndAfterTheSubcommandAndOnlyItPrintsStackTraces() {
        String missing = dir.resolve("nope.md").toString();
        for (String[] args : new String[][] {{"--verbose", "check", missing}, {"check", missing, "--verbose"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCode.IO, run.code(), run.toString());
            assertTrue(run.err().contains("\tat "), String.join(" ", args) + ": " + run);
        }
        CliRun plain = CliRun.of("check", missing);
        assertEquals(ExitCode.IO, plain.code(), plain.toString());
        assertFalse(plain.err().contains("\tat "), plain.toString());
    }

    @Test
    void quietWorksBeforeAndAfterTheSubcommand() {
        CliRun loud = CliRun.of("new", "Loud", "--content", dir.toString());
        assertTrue(loud.out().startsWith("Created "), loud.toString());
        for (String[] args : new String[][] {{"-q", "new", "Before", "--content", dir.toString()},
            {"new", "After", "--content", dir.toString(), "--quiet"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCode.OK, run.code(), run.toString());
            assertEquals("", run.out(), String.join(" ", args) + ": " + run);
        }
        assertTrue(Files.exists(dir.resolve("before.md")) && Files.exists(dir.resolve("after.md")));
    }

    @Test
    void everySubcommandHasHelpWithTheExitCodesAndTheVersion() {
        for (String command : new String[] {"build", "check", "render", "import", "new", "serve"}) {
            CliRun help = CliRun.of(command, "--help");
            assertEquals(ExitCode.OK, help.code(), help.toString());
            assertTrue(help.out().startsWith("Usage: guidekit " + command), help.toString());
            assertTrue(help.out().contains("3   invalid content"), command + ": " + help);
            CliRun version = CliRun.of(command, "-V");
            assertTrue(version.out().startsWith("guidekit "), command + ": " + version);
        }
    }

    @Test
    void theLibrariesLogOnlyWithVerboseWhereverItIsTyped() {
        Logger pdfbox = Logger.getLogger("org.apache.pdfbox");
        Path file = Fixtures.guide(dir, "g.md", "Text.\n");
        CliRun.of("--verbose", "check", file.toString());
        assertEquals(Level.INFO, pdfbox.getLevel(), "--verbose before the subcommand");
        CliRun.of("check", file.toString());
        assertEquals(Level.SEVERE, pdfbox.getLevel(), "without --verbose");
        CliRun.of("check", file.toString(), "--verbose");
        assertEquals(Level.INFO, pdfbox.getLevel(), "--verbose after the subcommand");
        CliRun.of("-q", "check", file.toString());
        assertEquals(Level.SEVERE, pdfbox.getLevel(), "--quiet");
    }
}
