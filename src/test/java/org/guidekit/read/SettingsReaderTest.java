package org.guidekit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.guidekit.error.ContentException;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/guidekit.yaml: the clinic's settings, with friendly errors. */
class SettingsReaderTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWithoutTheFileGetsTheDefaults() {
        assertEquals(Settings.defaults(), SettingsReader.readFrom(dir, ClinicSettingsTest.FORMATS));
    }

    @Test
    void readsTheLibraryTitleAndIntroduction() {
        Fixtures.write(dir, "guidekit.yaml", "# our settings\nlibrary-title: Riverside patient guides\n"
                + "library-introduction: >\n  Guides from Riverside,\n  to read or to listen to.\n");
        Settings s = SettingsReader.readFrom(dir, ClinicSettingsTest.FORMATS);
        assertEquals("Riverside patient guides", s.libraryTitle());
        assertEquals("Guides from Riverside, to read or to listen to.", s.libraryIntroduction());
    }

    @Test
    void anUnknownKeyIsAnErrorWithItsLineAndTheKeyMeant() {
        Fixtures.write(dir, "guidekit.yaml", "library-title: Guides\nlibrary-tittle: Guides\n");
        ContentException e = assertThrows(ContentException.class, () -> SettingsReader.readFrom(dir, ClinicSettingsTest.FORMATS));
        assertTrue(e.getMessage().contains("guidekit.yaml:2: unknown setting \"library-tittle\"; did you mean "
                + "\"library-title\"?"), e.getMessage());
    }

    @Test
    void notAMappingOrNotTextIsAnError() {
        Fixtures.write(dir, "guidekit.yaml", "- library-title\n");
        assertThrows(ContentException.class, () -> SettingsReader.readFrom(dir, ClinicSettingsTest.FORMATS));
        Fixtures.write(dir, "guidekit.yaml", "library-title:\n  - a\n  - b\n");
        ContentException e = assertThrows(ContentException.class, () -> SettingsReader.readFrom(dir, ClinicSettingsTest.FORMATS));
        assertTrue(e.getMessage().contains("library-title must be text"), e.getMessage());
        Fixtures.write(dir, "guidekit.yaml", "library-title: [unclosed\n");
        e = assertThrows(ContentException.class, () -> SettingsReader.readFrom(dir, ClinicSettingsTest.FORMATS));
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void anEmojiAcrossTheYamlParsersBufferIsRead() {
        // SnakeYAML reads 1024 characters at a time and fails when a surrogate pair is split between two reads.
        String key = "library-introduction: ";
        String introduction = "a".repeat(1023 - key.length()) + "\uD83D\uDE00 and more";
        Fixtures.write(dir, "guidekit.yaml", key + introduction + "\n");
        assertEquals(introduction, SettingsReader.readFrom(dir, ClinicSettingsTest.FORMATS).libraryIntroduction());
    }
}
