package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidekit new}, help and suggestions, and the settings file that saves retyping options. */
class WorkspaceCommandsTest {
    @TempDir
    Path dir;

    @Test
    void newMakesAGuideFromTheTemplateThatPassesTheCheckInABrandNewFolder() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("guidekit.yaml"), "organization: Riverside Community Health Center\n");
        CliRun made = CliRun.of("new", "Caring for your wound", "--content", content.toString());
        assertEquals(0, made.code(), made.toString());
        Path file = content.resolve("caring-for-your-wound.md");
        assertTrue(made.out().contains("Created " + file), made.toString());
        String text = Files.readString(file);
        assertTrue(text.contains("title: \"Caring for your wound\""), text);
        assertTrue(text.contains("organization: \"Riverside Community Health Center\""), text);
        // a draft no clinician has reviewed carries no review date, so it cannot print "Reviewed ..."
        assertTrue(text.lines().noneMatch(l -> l.startsWith("reviewed:")), text);
        // its example link passes: the folder had no list of approved sites, so a starting list was written
        Path sites = content.resolve("allowed-links.yaml");
        assertTrue(made.out().contains("Created " + sites), made.toString());
        assertTrue(Files.readString(sites).contains("- medlineplus.gov"));
        CliRun check = CliRun.of("check", file.toString());
        assertEquals(0, check.code(), check.toString());
        assertTrue(check.out().contains("0 errors, 1 warning"), check.toString());
        assertTrue(check.out().contains("warning [review-date]"), check.toString());
        // --strict keeps an unreviewed draft from passing, for the missing review alone
        CliRun strict = CliRun.of("check", "--strict", file.toString());
        assertEquals(3, strict.code(), strict.toString());
        assertTrue(strict.out().contains("0 errors, 1 warning"), strict.toString());
        Files.writeString(file, text.replace("# reviewed: 2026-01-31", "reviewed: 2026-01-31"));
        CliRun reviewed = CliRun.of("check", "--strict", file.toString());
        assertEquals(0, reviewed.code(), reviewed.toString());
        Files.writeString(file, text);
        // a second guide keeps the clinic's edited list as it is
        Files.writeString(sites, "- cdc.gov\n");
        CliRun second = CliRun.of("new", "Second guide", "--content", content.toString());
        assertTrue(!second.out().contains("allowed-links.yaml"), second.toString());
        assertEquals("- cdc.gov\n", Files.readString(sites));
        CliRun again = CliRun.of("new", "Caring for your wound", "--content", content.toString());
        assertEquals(2, again.code(), again.toString());
        assertTrue(again.err().contains("already exists"), again.toString());
        assertEquals(text, Files.readString(file), "an existing guide is never replaced");
    }

    @Test
    void aTitleWithoutLettersIsAClearUsageError() {
        CliRun r = CliRun.of("new", "???", "--content", dir.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("no letters or digits"), r.toString());
    }

    @Test
    void mistypedCommandsAndOptionsGetSuggestions() {
        CliRun command = CliRun.of("bulid");
        assertEquals(2, command.code());
        assertTrue(command.err().contains("Did you mean: guidekit build?"), command.toString());
        CliRun option = CliRun.of("build", "--sise", "24");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("Possible solutions: --size"), option.toString());
    }

    @Test
    void helpNamesEveryCommandAndVersionPrintsTheVersion() {
        CliRun help = CliRun.of("help");
        assertEquals(0, help.code(), help.toString());
        for (String c : new String[] {"build", "check", "render", "import", "new", "serve", "help"}) {
            assertTrue(help.out().contains("  " + c + " ") || help.out().contains("  " + c + "\n"), c + ": " + help);
        }
        CliRun build = CliRun.of("help", "build");
        assertTrue(build.out().startsWith("Usage: guidekit build"), build.toString());
        assertTrue(CliRun.of("-V").out().startsWith("guidekit "));
    }

    @Test
    void theSettingsFileGivesTheDefaultsAndTheCommandLineOverridesIt() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("guidekit.yaml"), "size: 24\npaper: a4\nformats: pdf\n");
        Files.writeString(content.resolve("short.md"), "---\ntitle: A short guide\n---\nRest and drink water.\n");
        Path out = dir.resolve("out");
        CliRun fromFile = CliRun.of("build", content.toString(), "--out", out.toString());
        assertEquals(0, fromFile.code(), fromFile.toString());
        assertTrue(Files.exists(out.resolve("short/short.pdf")));
        assertFalse(Files.exists(out.resolve("short/short.mp3")), "formats: pdf in guidekit.yaml");
        assertEquals(595, pageWidth(out.resolve("short/short.pdf")), "paper: a4");
        CliRun overridden = CliRun.of("build", content.toString(), "--out", out.toString(), "--paper", "letter");
        assertEquals(0, overridden.code(), overridden.toString());
        assertEquals(612, pageWidth(out.resolve("short/short.pdf")), "--paper letter wins over the file");
    }

    @Test
    void aMistakeInTheSettingsFileNamesTheFileAndLine() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("guidekit.yaml"), "size: 24\nformat: pdf\n");
        Files.writeString(content.resolve("short.md"), "---\ntitle: A short guide\n---\nRest and drink water.\n");
        CliRun r = CliRun.of("build", content.toString(), "--out", dir.resolve("out").toString());
        assertEquals(3, r.code(), r.toString());
        assertTrue(r.err().contains("guidekit.yaml:2: unknown setting \"format\"; did you mean \"formats\"?"),
                r.toString());
        Files.writeString(content.resolve("guidekit.yaml"), "formats: pdf, mp4\n");
        CliRun format = CliRun.of("build", content.toString(), "--out", dir.resolve("out").toString());
        assertEquals(3, format.code(), format.toString()); // like every other mistake in the file
        assertTrue(format.err().contains("guidekit.yaml:1: formats: unknown format \"mp4\"; choose from pdf, "),
                format.toString());
    }

    private static int pageWidth(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return Math.round(doc.getPage(0).getMediaBox().getWidth());
        }
    }
}
