package org.guidekit.render.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled medicine names: every respelling says the phones written beside it, and every word of the 300
 * most-prescribed medicines has an entry. What FreeTTS then says is {@code DrugNamesSpokenTest}'s part.
 */
class DrugNamesTest {
    /** Words of a name that are its salt or form, or ordinary words the voice's dictionary has. */
    private static final Set<String> NOT_A_NAME = Set.of("acid", "chloride", "sulfate", "oxide", "ethyl", "esters",
            "human", "peroxide", "conjugated", "omega", "v");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    static Stream<DrugNames.Entry> respelled() {
        return DrugNames.entries().stream().filter(e -> e.respelling().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("respelled")
    void respellingGivesTheListedPhones(DrugNames.Entry e) {
        assertEquals(e.phones(), Pronunciations.phones(e.word(), e.respelling().orElseThrow(), DrugNames.RESOURCE));
    }

    @Test
    void everyWordOfTheTop300HasAnEntry() throws IOException {
        List<String> names = top300();
        assertEquals(300, names.size());
        assertEquals(300, names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count());
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            Matcher m = WORD.matcher(name);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (!NOT_A_NAME.contains(w) && !DrugNames.contains(w)) {
                    missing.add(w + " (in " + name + ")");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void listIsSortedAndOnlyRespelledWordsBecomeLexiconEntries() {
        List<String> words = DrugNames.entries().stream().map(DrugNames.Entry::word).toList();
        assertEquals(words.stream().sorted().toList(), words);
        assertEquals(297, words.size());
        assertTrue(DrugNames.addenda().containsKey("metformin"));
        assertTrue(DrugNames.contains("ibuprofen"), "the voice's own ibuprofen is listed");
        assertFalse(DrugNames.addenda().containsKey("ibuprofen"), "and needs no lexicon entry");
        assertEquals(List.of("m", "eh", "t", "f", "ao1", "r", "m", "ih", "n"), DrugNames.addenda().get("metformin"));
    }

    @Test
    void aBrokenLineIsReportedWithItsLineNumber() {
        IllegalStateException order = assertThrows(IllegalStateException.class, () -> DrugNames.parse(
                "# x\nzolpidem | ZOHL-pih-dem | z ow1 l p ih d eh m\nalbuterol | lexicon | ae1 l\n"));
        assertTrue(order.getMessage().contains("line 3") && order.getMessage().contains("sorted"), order.getMessage());
        IllegalStateException phone = assertThrows(IllegalStateException.class,
                () -> DrugNames.parse("albuterol | lexicon | ae0 l\n"));
        assertTrue(phone.getMessage().contains("line 1"), phone.getMessage());
        assertThrows(IllegalStateException.class, () -> DrugNames.parse("Albuterol | lexicon | ae1 l\n"));
    }

    /** The names of {@code speech/top300-drugs.txt}: {@code rank | name} lines. */
    static List<String> top300() throws IOException {
        try (InputStream in = DrugNamesTest.class.getResourceAsStream("/speech/top300-drugs.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.substring(l.indexOf('|') + 1).strip()).toList();
        }
    }
}
