package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 23 §4: medical terms with everyday alternatives, once per term per guide; the clinic extends the list. */
class PlainWordRuleTest {
    @TempDir
    Path dir;

    @Test
    void aTermIsInfoOnceAtItsFirstUseWithTheNumberOfUsesAndItsAlternative() {
        List<Finding> f = Checked.rule(dir, "plain-words", "Intro.\n\n## Hypertension\n\nHypertension can be "
                + "silent.\n\n- Check for hypertension each year.\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals(6, f.get(0).line());
        assertEquals("\"Hypertension\" is a medical term (used 3 times); many readers know it as \"high blood "
                + "pressure\"", f.get(0).message());
        assertEquals("write \"high blood pressure\", or explain the term where it is first used", f.get(0).action());
    }

    @Test
    void phrasesAcrossSpacesAndPluralsAreFoundAndEachTermOnce() {
        List<Finding> f = Checked.rule(dir, "plain-words", "After a myocardial\ninfarction, take an analgesic. "
                + "Your sutures come out in a week. Analgesics can upset the stomach.\n");
        assertEquals(List.of("\"analgesic\"", "\"myocardial infarction\"", "\"sutures\""),
                f.stream().map(x -> x.message().substring(0, x.message().indexOf(" is a"))).toList());
        assertTrue(f.get(0).message().contains("(used 2 times)"), f.get(0).message());
        assertTrue(f.get(1).message().endsWith("\"heart attack\""), f.get(1).message());
    }

    @Test
    void aUseThatGivesTheAlternativeIsNotCountedAndWordsInsideOthersAreNot() {
        assertEquals(List.of(), Checked.rule(dir, "plain-words", "Hypertension (high blood pressure) can be "
                + "silent. Antihypertension pills help. Post-acute care.\n"));
    }

    @Test
    void theClinicListAddsOverridesAndSwitchesOffTerms() {
        CheckSettings clinic = Checked.settings().withPlainWords(Map.of("NSAID", "anti-inflammatory pain reliever",
                "dyspnea", "trouble breathing", "hypertension", ""));
        List<Finding> f = Checked.all(dir, "", "Take an NSAID for dyspnea and hypertension.\n", clinic).stream()
                .filter(x -> x.rule().equals("plain-words")).toList();
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.get(0).message().startsWith("\"NSAID\"") && f.get(0).message().endsWith("\"anti-inflammatory "
                + "pain reliever\""), f.toString());
        assertTrue(f.get(1).message().endsWith("\"trouble breathing\""), f.toString());
    }

    @Test
    void aGuideInAnotherLanguageIsNotCheckedAgainstTheEnglishList() {
        assertEquals(List.of(), Checked.rule(dir, "plain-words", "language: es\n", "Edema y hypertension.\n"));
    }
}
