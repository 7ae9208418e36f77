package org.guidekit.render.audio;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.guidekit.check.VoiceWords;
import org.guidekit.model.Guide;

/**
 * The speech verifier's words for one {@link SpeechService}: FreeTTS's one text-analysis voice
 * ({@link FreeTtsVoiceWords}), with the speech script taken from the service's memo, which its speech preflight
 * fills too, so {@code check} builds a guide's script once.
 */
final class SessionVoiceWords implements VoiceWords {
    private final LastScript scripts;

    SessionVoiceWords(LastScript scripts) {
        this.scripts = scripts;
    }

    @Override
    public List<Said> said(Guide guide, Map<String, String> sharedPronunciations) {
        return said(guide, sharedPronunciations, (element, cell) -> true);
    }

    @Override
    public List<Said> said(Guide guide, Map<String, String> sharedPronunciations,
                           BiPredicate<String, Integer> wanted) {
        return FreeTtsVoiceWords.instance().said(guide, sharedPronunciations, wanted, scripts);
    }
}
