package org.guidekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The words every edition prints, one file per language: each language has every key, with the same fields. */
class EditionWordsTest {
    private static final Path FILES = Path.of("src/main/resources/org/guidekit/model");
    private static final Pattern FIELD = Pattern.compile("%(\\d\\$)?[sd]");

    @Test
    void everyLanguageHasEveryKeyAndNoOther() {
        Map<String, String> english = EditionWords.read("en");
        for (String language : EditionWords.LANGUAGES) {
            assertEquals(english.keySet(), EditionWords.read(language).keySet(), "keys of words-" + language);
        }
    }

    @Test
    void everyLanguageFillsInTheSameFields() {
        Map<String, String> english = EditionWords.read("en");
        for (String language : EditionWords.LANGUAGES) {
            Map<String, String> words = EditionWords.read(language);
            english.forEach((key, value) -> assertEquals(fields(value), fields(words.get(key)),
                    "the fields of " + key + " in words-" + language));
        }
    }

    @Test
    void everyFileIsALanguageTheCodeKnows() throws IOException {
        try (Stream<Path> files = Files.list(FILES)) {
            List<String> languages = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("words-") && n.endsWith(".properties"))
                    .map(n -> n.substring("words-".length(), n.length() - ".properties".length()))
                    .sorted().toList();
            assertEquals(EditionWords.LANGUAGES.stream().sorted().toList(), languages);
        }
    }

    @Test
    void aGuideGetsItsLanguagesWordsOrEnglish() {
        assertEquals("Advertencia", EditionWords.forLanguage("es-MX").get("callout.warning"));
        assertEquals("Sommaire", EditionWords.forLanguage("fr").get("contents"));
        assertEquals("en", EditionWords.forLanguage("de").language());
        assertEquals("Warning", EditionWords.forLanguage("de").get("callout.warning"));
        assertEquals("Página 2 de 7", EditionWords.forLanguage("es").format("handout.page", 2, 7));
        assertThrows(IllegalArgumentException.class, () -> EditionWords.forLanguage("en").get("no.such.key"));
    }

    private static List<String> fields(String words) {
        List<String> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(words);
        while (m.find()) {
            fields.add(m.group());
        }
        return fields;
    }
}
