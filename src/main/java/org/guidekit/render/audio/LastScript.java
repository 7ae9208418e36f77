package org.guidekit.render.audio;

import java.util.Map;

import org.guidekit.model.Guide;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechScriptBuilder;

/**
 * The speech script of the guide last asked for, built with the voice's dictionary as the audio edition builds it.
 * {@code guidekit check} asks twice for the same guide, once for the spoken-reading check and once for the speech
 * preflight, and the normaliser is the costly half of both. One per {@link SpeechService}, so a session's memo is
 * never another session's (it was a static once).
 */
final class LastScript {
    private Guide guide;
    private Map<String, String> shared;
    private SpeechScript script;

    /**
     * @throws org.guidekit.error.ContentException if a pronunciation cannot be used
     */
    synchronized SpeechScript of(Guide g, Map<String, String> sharedPronunciations) {
        if (g != guide || !sharedPronunciations.equals(shared)) {
            script = new SpeechScriptBuilder(FreeTtsLexicon.instance()::knows).build(g, sharedPronunciations);
            guide = g; // the same object: a guide read again is built again
            shared = Map.copyOf(sharedPronunciations);
        }
        return script;
    }
}
