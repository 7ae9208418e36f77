package org.guidekit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.guidekit.error.ContentException;
import org.guidekit.model.Voice;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guide's {@code voice:} (issue 27): read into the model, and an unknown one refused at its line. */
class FrontMatterVoiceTest {
    @TempDir
    Path dir;

    @Test
    void aGuideChoosesItsVoice() {
        Path file = Fixtures.write(dir, "a.md", "---\ntitle: Asthma\nlanguage: en-US\nvoice: espeak-ng\n---\nRest.\n");
        assertEquals(Optional.of(Voice.parse("espeak-ng")), MarkdownGuideReader.read(file).metadata().voice());
        Path es = Fixtures.write(dir, "b.md", "---\ntitle: Asma\nlanguage: es-MX\nvoice: espeak-ng:es\n---\nHola.\n");
        assertEquals("espeak-ng:es", MarkdownGuideReader.read(es).metadata().voice().orElseThrow().toString());
        Path none = Fixtures.write(dir, "c.md", "---\ntitle: Asma\nlanguage: es-MX\n---\nHola.\n");
        assertEquals(Optional.empty(), MarkdownGuideReader.read(none).metadata().voice());
    }

    @Test
    void anUnknownVoiceIsAnErrorWithItsFileAndLineAndASuggestion() {
        Path file = Fixtures.write(dir, "a.md", "---\ntitle: Asma\nlanguage: es-MX\nvoice: espeak:es-419\n---\nHola.\n");
        ContentException e = assertThrows(ContentException.class, () -> MarkdownGuideReader.read(file));
        assertTrue(e.getMessage().contains("a.md:4: unknown voice \"espeak:es-419\"; did you mean "
                + "espeak-ng:es-419? the voice is one of freetts, espeak-ng, espeak-ng:<voice> (e.g. espeak-ng:es-419)"
                + " or none"), e.getMessage());
    }
}
