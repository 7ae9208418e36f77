package org.guidekit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.guidekit.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidekit import}: writes the guide and its pictures, prints findings and the check, never overwrites. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private Path leaflet() throws Exception {
        return EverythingFixture.write(dir.resolve("Back leaflet v3 FINAL.docx"));
    }

    @Test
    void importsChecksAndPrintsWhatIsLeftToFix() throws Exception {
        Path docx = leaflet();
        Path out = dir.resolve("content");
        CliRun run = CliRun.of("import", docx.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.toString());
        Path md = out.resolve("caring-for-your-back-at-home.md");
        assertTrue(Files.exists(md));
        assertTrue(Files.exists(out.resolve("images/caring-for-your-back-at-home-1.png")));
        assertTrue(Files.exists(out.resolve("images/caring-for-your-back-at-home-2.png")));
        assertTrue(run.out().startsWith("Imported " + docx + " as " + md + " with 2 pictures in "
                + out.resolve("images") + ".\n"), run.toString());
        assertTrue(run.out().contains(md + ":56: warning [import-alt-text] this picture has no description"),
                run.toString());
        assertTrue(run.out().contains(docx + ":27: warning [import-tracked-change]"), run.toString());
        assertTrue(run.out().contains(md + ": reading grade"), run.toString()); // the check's summary line
        assertTrue(run.out().contains("1 guide checked:"), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    @Test
    void neverOverwritesWithoutForce() throws Exception {
        Path docx = leaflet();
        Path out = dir.resolve("content");
        assertEquals(0, CliRun.of("import", docx.toString(), "--out", out.toString()).code());
        Path md = out.resolve("caring-for-your-back-at-home.md");
        Files.writeString(md, "edited by the nurse");

        CliRun again = CliRun.of("import", docx.toString(), "--out", out.toString());
        assertEquals(2, again.code(), again.toString());
        assertTrue(again.err().contains(md + " already exists (and 2 more files); nothing was written: add "
                + "--force"), again.toString());
        assertEquals("edited by the nurse", Files.readString(md));

        CliRun forced = CliRun.of("import", docx.toString(), "--out", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.toString());
        assertTrue(Files.readString(md).startsWith("---\ntitle: Caring for Your Back at Home\n"));
    }

    @Test
    void nameOptionNamesTheGuide() throws Exception {
        Path out = dir.resolve("content");
        CliRun run = CliRun.of("import", leaflet().toString(), "--out", out.toString(), "--name", "back-care");
        assertEquals(0, run.code(), run.toString());
        assertTrue(Files.exists(out.resolve("back-care.md")));
        assertTrue(Files.exists(out.resolve("images/back-care-1.png")));

        CliRun bad = CliRun.of("import", leaflet().toString(), "--out", out.toString(), "--name", "Back Care!");
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("--name \"Back Care!\" cannot name a guide"), bad.toString());
    }

    @Test
    void quietPrintsOnlyErrors() throws Exception {
        CliRun run = CliRun.of("import", leaflet().toString(), "--out", dir.resolve("content").toString(), "-q");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().lines().allMatch(l -> l.contains(": error [")), run.toString());
    }

    @Test
    void listedInHelp() {
        CliRun run = CliRun.of("--help");
        assertTrue(run.out().contains("import"), run.toString());
    }
}
