package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23 §4: the reading-grade message names the one grade that drives it and never calls a grade at or under
 * the target above it; when SMOG and Flesch-Kincaid disagree it says which formula it follows and why.
 */
class ReadingGradeMessageTest {
    /** Short sentences, each with a word of three or more syllables: SMOG high, Flesch-Kincaid low. */
    private static final String SHORT_SENTENCES_LONG_WORDS = "Take your medicine with some food. "
            + "Call the pharmacy if you feel sick. Tell your family when you take it. Use the inhaler at night. "
            + "Do not drink alcohol with it. Eat a banana each day. Come back to see us tomorrow.\n";
    /** Long sentences of short words: Flesch-Kincaid high, SMOG low. */
    private static final String LONG_SENTENCES_SHORT_WORDS = "Take one pill with a full glass of cold water at the "
            + "same time each day and then sit down and rest for a while so that you do not feel sick. "
            + "If you miss a dose take it as soon as you can but do not take two at once or one more than you "
            + "need in a day or the next day. Keep the pills in a cool dry place where a child can not reach them "
            + "and take the rest back to the shop when you are done with them.\n";
    private static final Pattern GRADE = Pattern.compile("(\\d+\\.\\d) \\((SMOG|Flesch-Kincaid)\\)");

    @TempDir
    Path dir;

    @Test
    void smogAboveAndFleschKincaidUnderSaysSmogDrivesBecauseOfTheLongWords() {
        Finding f = one(SHORT_SENTENCES_LONG_WORDS);
        assertTrue(f.message().startsWith("reading grade "), f.message());
        assertEquals("SMOG", drivingFormula(f));
        assertTrue(drivingGrade(f) > 8, f.message());
        assertTrue(f.message().contains("; Flesch-Kincaid gives "), f.message());
        assertTrue(f.message().contains(", at or under the target, because it averages syllables over all words and weighs sentence length ("), f.message());
        assertTrue(f.message().contains("the finding follows the harder formula, SMOG"), f.message());
        assertFalse(f.message().contains("(Flesch-Kincaid)"), "only the driving grade is named as the grade");
        double other = Double.parseDouble(f.message().replaceAll(".*Flesch-Kincaid gives (\\d+\\.\\d).*", "$1"));
        assertTrue(other <= 8, f.message());
    }

    @Test
    void fleschKincaidAboveAndSmogUnderSaysFleschKincaidDrivesBecauseOfTheLongSentences() {
        Finding f = one(LONG_SENTENCES_SHORT_WORDS);
        assertEquals("Flesch-Kincaid", drivingFormula(f));
        assertTrue(drivingGrade(f) > 8, f.message());
        assertTrue(f.message().contains("; SMOG gives "), f.message());
        assertTrue(f.message().contains(", at or under the target, because it counts only the words of three "
                + "or more syllables"), f.message());
        assertTrue(f.message().contains("the long sentences are what make this text hard; the finding follows the "
                + "harder formula, Flesch-Kincaid"), f.message());
    }

    @Test
    void whenBothFormulasAreAboveTheOtherIsNamedAsAlsoAbove() {
        Finding f = one("Musculoskeletal inflammation necessitates comprehensive pharmacological intervention. "
                + "Physiotherapeutic rehabilitation facilitates functional recovery.\n");
        assertTrue(f.message().matches("reading grade \\d+\\.\\d \\((SMOG|Flesch-Kincaid)\\) is above the target "
                + "grade 8; (SMOG|Flesch-Kincaid) gives \\d+\\.\\d, also above; hardest sentences: .*"), f.message());
    }

    @Test
    void aSectionMessageFollowsTheSameRule() {
        List<Finding> f = Checked.rule(dir, "section-grade", "Rest.\n\n## Pills\n\n" + SHORT_SENTENCES_LONG_WORDS);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().matches("section \"Pills\" reads at grade \\d+\\.\\d \\(SMOG\\), above 8; "
                + "Flesch-Kincaid gives \\d+\\.\\d, at or under the target, because .*"), f.get(0).message());
    }

    @Test
    void aGradeShownAsTheTargetIsNotAboveIt() {
        assertFalse(Readability.above(8.04, 8));
        assertFalse(Readability.above(8.0, 8));
        assertTrue(Readability.above(8.05, 8));
        assertTrue(Readability.above(8.1, 8));
        assertFalse(Readability.above(7.96, 8));
    }

    @Test
    void theTargetGradeDecidesWhetherTheFormulasDisagree() {
        // At target 12 neither formula is above: no finding, and so no sentence that calls a low grade high.
        assertEquals(List.of(), Checked.rule(dir, "reading-grade", "target-grade: 12\n", SHORT_SENTENCES_LONG_WORDS));
    }

    private Finding one(String body) {
        List<Finding> f = Checked.rule(dir, "reading-grade", body);
        assertEquals(1, f.size(), f.toString());
        return f.get(0);
    }

    private static String drivingFormula(Finding f) {
        Matcher m = GRADE.matcher(f.message());
        assertTrue(m.find(), f.message());
        return m.group(2);
    }

    private static double drivingGrade(Finding f) {
        Matcher m = GRADE.matcher(f.message());
        assertTrue(m.find(), f.message());
        return Double.parseDouble(m.group(1));
    }
}
