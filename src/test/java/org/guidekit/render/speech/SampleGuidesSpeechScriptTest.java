package org.guidekit.render.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.PronunciationListReader;
import org.guidekit.testing.Fixtures;
import org.guidekit.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden speech scripts of the sample guides: what the listener hears, in which chapter, with which pauses. */
class SampleGuidesSpeechScriptTest {
    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "checking-blood-pressure-at-home"})
    void sampleGuideScriptMatchesGolden(String name) {
        Path file = Fixtures.content(name + ".md");
        Guide guide = MarkdownGuideReader.read(file);
        Map<String, String> shared = PronunciationListReader.readFrom(file.getParent());
        SpeechScript script = new SpeechScriptBuilder(org.guidekit.render.audio.FreeTtsLexicon.instance()::knows)
                .build(guide, shared);
        Golden.assertMatches("speech", name + ".txt", script.print());
        Golden.assertMatches("speech", name + ".transcript.txt", script.transcript());
        assertEquals(guide.allSections().size() + 1, script.sections().stream()
                .filter(c -> c.role() == SpeechSection.Role.HEADING).count(), "opening plus one chapter a section");
    }
}
