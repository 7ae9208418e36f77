package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {
    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({
        "back, 1", "muscle, 2", "spasm, 2", "take, 1", "times, 1", "table, 2", "walked, 1", "rested, 2",
        "boxes, 2", "changes, 2", "pressure, 2", "medicine, 3", "potassium, 4", "magnesium, 4", "calcium, 3",
        "radio, 3", "position, 3", "inflammation, 4", "people, 2", "every, 2", "area, 3", "the, 1",
        "step-by-step, 3", "doctor's, 2", "involuntarily, 6", "yoga, 2", "sciatica, 4", "water, 2", "911, 1",
        "hamstring, 2", "relaxant, 3", "readings, 2", "blood, 1", "tightening, 3"})
    void countsSyllables(String word, int expected) {
        assertEquals(expected, Syllables.count(word), word);
    }
}
