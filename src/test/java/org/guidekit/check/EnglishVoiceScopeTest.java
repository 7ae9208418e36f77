package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 23 §4: a guide in another language than English gets no findings about what the English voice says. */
class EnglishVoiceScopeTest {
    /** Text that trips every speech rule in English: an unknown word, a dropped symbol, shorthand, a blank. */
    private static final String SPEECH_TRIGGERS = "Tome baclofeno 10 mg qd \u2265 2 veces. Cita: ____\n\n"
            + "Tome 1 comprimido q6h.\n";

    @TempDir
    Path dir;

    @Test
    void aSpanishGuideGetsNoSpeechFindingsButAnEnglishOneDoes() {
        List<Finding> english = Checked.all(dir, "", SPEECH_TRIGGERS, Checked.settings());
        Set<String> voiceIds = ids(Rule.Scope.ENGLISH_VOICE);
        Set<String> foundInEnglish = english.stream().map(Finding::rule).filter(voiceIds::contains)
                .collect(Collectors.toSet());
        // The fixture must really trip the speech rules, or the Spanish half proves nothing.
        assertTrue(foundInEnglish.containsAll(Set.of(UnknownWordRule.ID, DroppedCharacterRule.ID, ShorthandRule.ID,
                FillInBlankRule.ID)), english.toString());

        List<Finding> spanish = Checked.all(dir, "language: es\n", SPEECH_TRIGGERS, Checked.settings());
        assertEquals(List.of(), spanish.stream().filter(f -> voiceIds.contains(f.rule())).toList());
        assertTrue(spanish.stream().anyMatch(f -> f.rule().equals(GuideChecker.LANGUAGE)), spanish.toString());
    }

    @Test
    void everySpeechRuleDeclaresThatItIsAboutTheEnglishVoice() {
        for (Rule rule : Rules.all()) {
            boolean speech = rule.ids().stream().anyMatch(id -> id.startsWith("speech-"));
            if (speech) {
                assertEquals(Rule.Scope.ENGLISH_VOICE, rule.scope(), rule.ids().toString());
            }
        }
        assertTrue(ids(Rule.Scope.ENGLISH_VOICE).containsAll(Set.of(UnknownWordRule.ID, DroppedCharacterRule.ID,
                ShorthandRule.ID, FillInBlankRule.ID)));
        assertFalse(ids(Rule.Scope.EVERY_LANGUAGE).contains(ReadingGradeRule.GUIDE));
    }

    private static Set<String> ids(Rule.Scope scope) {
        return Rules.all().stream().filter(r -> r.scope() == scope).flatMap(r -> r.ids().stream())
                .collect(Collectors.toSet());
    }
}
