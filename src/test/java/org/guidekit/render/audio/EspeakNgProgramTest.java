package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.guidekit.error.RenderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The espeak-ng program as a voice. The tests that need the program skip, saying why, where it is not installed;
 * the errors for a missing, failing or hanging program are tested everywhere.
 */
class EspeakNgProgramTest {
    private static final EspeakNgProgram ESPEAK = EspeakNgProgram.onPath();

    @TempDir
    Path dir;

    private static void assumeInstalled() {
        boolean installed = ESPEAK.installed();
        if (!installed) {
            System.out.println("EspeakNgProgramTest: skipped, espeak-ng is not on the PATH; " + EspeakNgProgram.INSTALL);
        }
        assumeTrue(installed, "espeak-ng is not on the PATH; " + EspeakNgProgram.INSTALL);
    }

    @Test
    void saysASpanishSentenceAsSamples() {
        assumeInstalled();
        EspeakNgProgram.Speech s = ESPEAK.say("¿Tiene fiebre? Tome una tableta de quinientos miligramos.", "es-419",
                150, 50);
        assertEquals(22_050, s.sampleRate());
        // Some 16 syllables at 150 words a minute: seconds of speech, not a click and not silence.
        assertTrue(s.millis() > 1000 && s.millis() < 20_000, s.millis() + " ms");
        int loud = 0;
        for (short v : s.samples()) {
            loud += Math.abs(v) > 1000 ? 1 : 0;
        }
        assertTrue(loud > s.samples().length / 20, loud + " loud samples of " + s.samples().length);
    }

    @Test
    void theRateAndTheTextChangeTheLength() {
        assumeInstalled();
        String sentence = "Llame a su médico si tiene sangrado de nariz o de las encías.";
        long slow = ESPEAK.say(sentence, "es", 100, 50).samples().length;
        long fast = ESPEAK.say(sentence, "es", 300, 50).samples().length;
        long shortOne = ESPEAK.say("Llame.", "es", 100, 50).samples().length;
        assertTrue(fast < slow * 0.7, fast + " samples at 300 words a minute, " + slow + " at 100");
        assertTrue(shortOne < slow / 3, shortOne + " samples for one word, " + slow + " for the sentence");
    }

    @Test
    void textThatLooksLikeAnOptionIsSaid() {
        assumeInstalled();
        assertTrue(ESPEAK.say("-v xx --help", "es", 175, 50).samples().length > 0);
    }

    @Test
    void anUnknownVoiceIsAClearError() {
        assumeInstalled();
        RenderException e = assertThrows(RenderException.class, () -> ESPEAK.say("Hola.", "xx-nowhere", 175, 50));
        assertTrue(e.getMessage().startsWith("espeak-ng failed (exit code ") && e.getMessage().contains("xx-nowhere")
                && e.getMessage().contains("espeak-ng --voices"), e.getMessage());
    }

    @Test
    void aMissingProgramSaysHowToInstallIt() {
        EspeakNgProgram missing = new EspeakNgProgram(dir.resolve("no-such/espeak-ng"), Duration.ofSeconds(5));
        assertTrue(!missing.installed());
        RenderException e = assertThrows(RenderException.class, () -> missing.say("Hola.", "es", 175, 50));
        assertTrue(e.getMessage().contains("espeak-ng was not found") && e.getMessage().contains("apt-get install "
                + "espeak-ng"), e.getMessage());
    }

    @Test
    void aProgramThatHangsIsStoppedAtTheLimit() throws IOException, InterruptedException {
        Path sh = Path.of("/bin/sh");
        assumeTrue(Files.isExecutable(sh), "no /bin/sh to write a hanging program with");
        Path hanging = dir.resolve("espeak-ng");
        Files.writeString(hanging, "#!/bin/sh\necho $$ > \"$(dirname \"$0\")/pid\"\nexec sleep 600\n");
        Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
        EspeakNgProgram program = new EspeakNgProgram(hanging, Duration.ofMillis(500));
        RenderException e = assertThrows(RenderException.class, () -> program.say("Hola.", "es", 175, 50));
        assertTrue(e.getMessage().contains("did not finish saying a sentence") && e.getMessage().contains("stopped"),
                e.getMessage());
        long pid = Long.parseLong(Files.readString(dir.resolve("pid")).strip());
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join()); // destroyed, so this returns
        assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "the process " + pid + " still runs");
    }

    @Test
    void aProgramThatWritesNoAudioIsAClearError() throws IOException {
        Path silent = dir.resolve("espeak-ng");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to write a program with");
        Files.writeString(silent, "#!/bin/sh\ncat > /dev/null\necho not a wav\n");
        Files.setPosixFilePermissions(silent, PosixFilePermissions.fromString("rwx------"));
        RenderException e = assertThrows(RenderException.class,
                () -> new EspeakNgProgram(silent, Duration.ofSeconds(30)).say("Hola.", "es", 175, 50));
        assertEquals("espeak-ng wrote no WAV audio for \"Hola.\"", e.getMessage());
    }

    @Test
    void rateAndPitchOutsideTheProgramsRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ESPEAK.say("Hola.", "es", 79, 50));
        assertThrows(IllegalArgumentException.class, () -> ESPEAK.say("Hola.", "es", 175, 100));
        assertThrows(IllegalArgumentException.class, () -> ESPEAK.say("Hola.", "es; rm", 175, 50));
    }
}
