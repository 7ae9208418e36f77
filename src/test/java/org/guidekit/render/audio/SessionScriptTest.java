package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.Map;

import org.guidekit.check.VoiceWords;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.junit.jupiter.api.Test;

/**
 * The speech script {@code check} builds once for a guide's speech preflight and its spoken-reading check is kept
 * by the session's {@link SpeechService} ({@link LastScript}, once a static memo): each session has its own, and
 * its verifier's words are the voice's, guide after guide.
 */
class SessionScriptTest {
    private static final Guide SPASMS = MarkdownGuideReader.read(Path.of("content/back-muscle-spasms.md"));
    private static final Guide PRESSURE = MarkdownGuideReader.read(
            Path.of("content/checking-blood-pressure-at-home.md"));

    @Test
    void aSessionsVerifierSaysWhatTheVoiceSaysGuideAfterGuide() {
        try (SpeechService session = new SpeechService()) {
            VoiceWords words = session.voiceWords();
            for (Guide g : new Guide[] {SPASMS, PRESSURE, SPASMS}) {
                session.preflight(g, RenderOptions.defaults());
                assertEquals(FreeTtsVoiceWords.instance().said(g, Map.of()), words.said(g, Map.of()), g.name());
            }
        }
    }

    @Test
    void theMemoIsKeptPerOwnerAndRebuiltForAnotherGuideOrList() {
        LastScript one = new LastScript();
        LastScript other = new LastScript();
        var first = one.of(SPASMS, Map.of());
        assertSame(first, one.of(SPASMS, Map.of()), "asked twice for one guide: built once");
        assertNotSame(first, other.of(SPASMS, Map.of()), "another session builds its own");
        assertNotSame(first, one.of(SPASMS, Map.of("spasm", "SPAZ-um")), "another pronunciation list");
        assertNotSame(first, one.of(PRESSURE, Map.of()));
    }
}
