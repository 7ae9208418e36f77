package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guidekit.check.VoiceWords;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechScriptBuilder;
import org.guidekit.render.speech.SpeechSection;
import org.guidekit.render.speech.Utterance;
import org.junit.jupiter.api.Test;

/**
 * The verifier's cheap word list (FreeTTS stopped after its Word relation) is exactly what the full synthesis
 * records, sentence by sentence, over the sample guides and text chosen to stress FreeTTS's number rules.
 */
class FreeTtsVoiceWordsTest {
    private static final List<Path> GUIDES = List.of(Path.of("content/back-muscle-spasms.md"),
            Path.of("content/checking-blood-pressure-at-home.md"),
            Path.of("src/test/resources/guides/heart-failure-medicines.md"));

    @Test
    void wordsEqualThoseRecordedDuringRealSynthesis() {
        List<String> sentences = new ArrayList<>(List.of("Call 18001 0800 123 4567 or 1-800-222-1222.",
                "Take 1/2 to 3/4 tablet, 2.5 mL, 100.4 F, 120/80, at 8:00 am on 03/2024.", "Dr. Smith, St. Paul. "
                        + "Call 911. Take 10 mg. NSAIDs and the MRI."));
        for (Path p : GUIDES) {
            SpeechScript script = new SpeechScriptBuilder(FreeTtsLexicon.instance()::knows)
                    .build(MarkdownGuideReader.read(p), Map.of());
            for (SpeechSection s : script.sections()) {
                for (Utterance u : s.utterances()) {
                    u.sentences().forEach(t -> sentences.add(t.text()));
                }
            }
        }
        FreeTtsVoiceWords cheap = FreeTtsVoiceWords.instance();
        int words = 0;
        try (FreeTtsSynthesizer real = new FreeTtsSynthesizer(VoiceSettings.from(org.guidekit.render.RenderOptions.defaults()), Map.of())) {
            for (String text : sentences) {
                List<String> synthesized = real.spokenWords(text);
                assertEquals(synthesized, cheap.words(text), text);
                words += synthesized.size();
            }
        }
        assertTrue(words > 500, "too few words compared: " + words);
    }

    @Test
    void eachPrintedElementGetsTheWordsOfItsSentencesAndCells() {
        Guide guide = MarkdownGuideReader.read(Path.of("content/checking-blood-pressure-at-home.md"));
        List<VoiceWords.Said> said = FreeTtsVoiceWords.instance().said(guide, Map.of());
        assertEquals("title", said.get(0).element());
        assertTrue(said.stream().anyMatch(s -> s.cell() == 1 && s.words().containsAll(List.of("below", "one",
                "hundred", "twenty", "over", "eighty"))), said.toString());
        assertFalse(said.stream().anyMatch(s -> s.element().matches(".*-p\\d+-s\\d+$|.*-r\\d+-c\\d+$")), said.toString());
    }
}
