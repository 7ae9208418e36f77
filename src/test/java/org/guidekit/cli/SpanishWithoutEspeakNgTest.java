package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.guidekit.error.ExitCode;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Issue 27: where espeak-ng is not installed (simulated by naming a program that does not exist through the
 * {@code guidekit.espeak-ng} property), a Spanish guide still gets every other edition, and the audio editions are
 * refused with one message saying how to install it: a note in a build of the default formats, an error when they
 * are named. Isolated: the property is global, and the other classes' Spanish guides need the real program.
 */
@Isolated
class SpanishWithoutEspeakNgTest {
    private static final String PROPERTY = "guidekit.espeak-ng";
    @TempDir
    Path dir;

    @BeforeEach
    void noEspeakNg() {
        System.setProperty(PROPERTY, dir.resolve("no-such-folder/espeak-ng").toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void everyOtherEditionIsBuiltAndTheAudioSaysHowToInstallIt() throws Exception {
        Fixtures.write(dir, "c/presion.md", "---\ntitle: Presión arterial\nlanguage: es-MX\n---\n"
                + "## Cómo medir\n\nSiéntese y descanse cinco minutos.\n");
        CliRun run = CliRun.of("build", dir.resolve("c").toString(), "--out", dir.resolve("o").toString());
        assertEquals(ExitCode.OK, run.code(), run.toString());
        assertTrue(run.out().contains("presion.md: no audio or daisy for this guide (the guide's voice "
                + "(espeak-ng:es-419) needs the speech program espeak-ng, which is not installed; install espeak-ng "
                + "(Debian and Ubuntu: sudo apt-get install espeak-ng; macOS: brew install espeak-ng; Windows: the "
                + "installer from https://github.com/espeak-ng/espeak-ng/releases))"), run.toString());
        Path out = dir.resolve("o/presion");
        assertTrue(Files.exists(out.resolve("presion.pdf")), "the handout");
        assertTrue(Files.exists(out.resolve("presion.epub")), "the book, without its audio");
        assertFalse(Files.exists(out.resolve("presion.mp3")));
        assertFalse(Files.exists(out.resolve("daisy")));
        try (ZipFile epub = new ZipFile(out.resolve("presion.epub").toFile())) {
            assertFalse(epub.stream().anyMatch(e -> e.getName().endsWith(".smil")), "no overlays without audio");
        }
        CliRun named = CliRun.of("build", dir.resolve("c").toString(), "--out", dir.resolve("o2").toString(),
                "--format", "pdf,audio");
        assertEquals(ExitCode.RENDER_FAILED, named.code(), named.toString());
        assertTrue((named.out() + named.err()).contains("sudo apt-get install espeak-ng"), named.toString());
    }
}
