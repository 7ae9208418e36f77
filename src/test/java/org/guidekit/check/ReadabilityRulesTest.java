package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadabilityRulesTest {
    private static final String HARD = "Musculoskeletal inflammation necessitates comprehensive pharmacological "
            + "intervention. Physiotherapeutic rehabilitation facilitates functional recovery. Immobilisation "
            + "exacerbates deconditioning considerably.\n";

    @TempDir
    Path dir;

    @Test
    void hardGuideIsAWarningNamingSentencesAndLongWords() {
        List<Finding> f = Checked.rule(dir, "reading-grade", HARD);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("above the target grade 8"), f.get(0).message());
        assertTrue(f.get(0).message().contains("hardest sentences: line 4 \""), f.get(0).message());
        assertTrue(f.get(0).message().contains("long words: "), f.get(0).message());
    }

    @Test
    void plainGuidePasses() {
        assertEquals(List.of(), Checked.rule(dir, "reading-grade", "Rest your back. Drink water. Walk a bit.\n"));
    }

    @Test
    void targetGradeComesFromOptionThenFrontMatterThenDefault() {
        String body = "Take the medicine with a full glass of water. Ask your doctor about exercises you can do.\n";
        assertEquals(1, Checked.rule(dir, "reading-grade", "target-grade: 2\n", body).size());
        CheckSettings lenient = new CheckSettings(OptionalInt.of(12), Set.of(), Map.of(), Optional.empty());
        assertEquals(0, Checked.all(dir, "target-grade: 2\n", body, lenient).stream()
                .filter(x -> x.rule().equals("reading-grade")).count());
    }

    @Test
    void hardSectionIsInfo() {
        List<Finding> f = Checked.rule(dir, "section-grade", "Rest.\n\n## Why\n\n" + HARD);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals(6, f.get(0).line());
        assertTrue(f.get(0).message().startsWith("section \"Why\""));
    }

    @Test
    void sentenceOver20WordsIsAWarning() {
        String twenty = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                + "fifteen sixteen seventeen eighteen nineteen twenty";
        assertEquals(List.of(), Checked.rule(dir, "long-sentence", "Count " + twenty.substring(4) + ".\n"));
        List<Finding> f = Checked.rule(dir, "long-sentence", "Intro.\n\n- " + twenty + " more.\n");
        assertEquals(1, f.size());
        assertEquals(6, f.get(0).line());
        assertTrue(f.get(0).message().startsWith("sentence of 21 words"));
    }

    @Test
    void paragraphOver5SentencesIsAWarning() {
        assertEquals(List.of(), Checked.rule(dir, "long-paragraph", "A. B. C. D. E.\n"));
        assertEquals(1, Checked.rule(dir, "long-paragraph", "A b. C d. E f. G h. I j. K l.\n").size());
    }
}
