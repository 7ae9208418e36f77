package org.guidekit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.guidekit.check.CheckSettings;
import org.guidekit.error.ContentException;
import org.guidekit.library.BuildContext;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/plain-words.yaml: read like pronunciations.yaml and handed to the checks through the build context. */
class PlainWordsReaderTest {
    @TempDir
    Path dir;

    @Test
    void theClinicListReachesTheCheckSettings() {
        Fixtures.write(dir, "plain-words.yaml", "# our words\ndyspnea: trouble breathing\nhypertension: \"\"\n");
        CheckSettings settings = BuildContext.of(dir).checkSettings(CheckSettings.defaults());
        assertEquals(Map.of("dyspnea", "trouble breathing", "hypertension", ""), settings.plainWords());
        // The list marks its folder as the content root, so a guide in a subfolder uses it too.
        assertEquals(dir.toAbsolutePath().normalize(), BuildContext.rootOf(dir.resolve("heart/g.md")));
    }

    @Test
    void aLineThatIsNotATermAndItsAlternativeIsAnErrorNamingFileAndLine() {
        Path file = Fixtures.write(dir, "plain-words.yaml", "dyspnea: trouble breathing\nedema:\n  - swelling\n");
        ContentException e = assertThrows(ContentException.class, () -> PlainWordsReader.read(file));
        assertTrue(e.getMessage().contains(file + ":2"), e.getMessage());
        assertTrue(e.getMessage().contains("write one term: everyday alternative per line"), e.getMessage());
    }

    @Test
    void noFileIsAnEmptyList() {
        assertEquals(Map.of(), PlainWordsReader.readFrom(dir));
    }
}
