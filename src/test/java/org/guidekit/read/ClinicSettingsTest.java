package org.guidekit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.guidekit.error.ContentException;
import org.junit.jupiter.api.Test;

/** {@code content/guidekit.yaml}: every key, and every mistake reported with its line and what to write. */
class ClinicSettingsTest {
    /** The format names the build's list gives the reader (read does not know the renderers). */
    static final List<String> FORMATS = List.of("pdf", "audio", "braille");

    @Test
    void everyKeyIsRead() {
        Settings s = SettingsReader.parse("""
                # The clinic's settings
                library-title: Riverside guides
                library-introduction: Read, print or listen.
                organization: Riverside Community Health Center
                size: 20
                paper: A4
                formats: [pdf, audio]
                rate: 140
                pitch: 110
                """, "content/guidekit.yaml", FORMATS);
        assertEquals(new Settings("Riverside guides", "Read, print or listen.",
                Optional.of("Riverside Community Health Center"), Optional.of(20f), Optional.of("a4"),
                List.of("pdf", "audio"), OptionalInt.of(140), Optional.of(110f)), s);
        assertEquals(List.of("pdf", "braille"), SettingsReader.parse("formats: pdf, braille\n", "g.yaml", FORMATS).formats());
    }

    @Test
    void anEmptyFileMeansTheDefaults() {
        assertEquals(Settings.defaults(), SettingsReader.parse("# nothing yet\n", "content/guidekit.yaml", FORMATS));
    }

    @Test
    void mistakesNameTheLineAndWhatToWrite() {
        assertEquals("content/guidekit.yaml:2: unknown setting \"sise\"; did you mean \"size\"?",
                message("organization: x\nsise: 24\n"));
        assertEquals("content/guidekit.yaml:1: size: 12 must be a number from 18 to 48 points (18 is the "
                + "large-print minimum)", message("size: 12\n"));
        assertEquals("content/guidekit.yaml:1: paper: \"legal\" is not a paper size; write letter or a4",
                message("paper: legal\n"));
        assertEquals("content/guidekit.yaml:1: rate: 150.5 must be a whole number of words per minute",
                message("rate: 150.5\n"));
        assertEquals("content/guidekit.yaml:2: \"size\" is set twice; keep one", message("size: 20\nsize: 24\n"));
        assertEquals("content/guidekit.yaml:1: formats must list format names such as pdf, audio, daisy, braille; "
                + "write e.g. formats: pdf, audio", message("formats: {pdf: yes}\n"));
    }

    @Test
    void anUnknownFormatIsAnErrorAtItsOwnLine() {
        assertEquals("content/guidekit.yaml:1: formats: unknown format \"mp4\"; choose from pdf, audio, braille",
                message("formats: pdf, mp4\n"));
        assertEquals("content/guidekit.yaml:4: formats: unknown format \"docx\"; choose from pdf, audio, braille",
                message("size: 20\nformats:\n  - pdf\n  - docx\n"));
    }

    private static String message(String yaml) {
        return assertThrows(ContentException.class, () -> SettingsReader.parse(yaml, "content/guidekit.yaml", FORMATS))
                .getMessage();
    }
}
