package org.guidekit.render.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
    /** A space before punctuation or inside brackets, doubled punctuation or spaces, a period inside a sentence. */
    static final java.util.regex.Pattern STRAY = java.util.regex.Pattern.compile(
            "\\s[.,;:!?)]|\\(\\s|[.,;:]{2}|\\s{2}|\\.\\s+[a-z]|^\\s|\\s$");

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
        for (String line : script.transcript().lines().toList()) {
            assertFalse(STRAY.matcher(line).find(), () -> "stray space or period in the transcript: " + line);
        }
        assertEquals(guide.allSections().size() + 1, script.sections().stream()
                .filter(c -> c.role() == SpeechSection.Role.HEADING).count(), "opening plus one chapter a section");
    }
}
