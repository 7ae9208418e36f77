package org.guidekit.render.audio;

import java.util.Optional;

import org.guidekit.error.RenderException;
import org.guidekit.model.Guide;
import org.guidekit.model.Voice;

/** Which guides can be spoken, and by which voice. */
public final class SpokenGuide {
    private SpokenGuide() {
    }

    /**
     * The voice that speaks {@code guide}: its front matter's {@code voice:}, else the default for its language,
     * made concrete for its language.
     *
     * @throws RenderException when no voice speaks the guide's language, or its voice cannot
     */
    static Voice voice(Guide guide) {
        try {
            return resolve(guide);
        } catch (IllegalArgumentException e) {
            throw new RenderException(guide.source() + ": " + e.getMessage(), e);
        }
    }

    private static Voice resolve(Guide guide) {
        String language = guide.metadata().language();
        return guide.metadata().voice().or(() -> Voice.forLanguage(language))
                .orElseThrow(() -> new IllegalArgumentException(noVoice(language))).forGuide(language);
    }

    /** Synthesis would refuse {@code guide}: no voice for its language, or its engine is not installed here. */
    static void check(Guide guide) {
        unsupported(guide).ifPresent(why -> {
            throw new RenderException(guide.source() + ": " + why);
        });
    }

    /**
     * Why {@code guide} cannot be spoken here, or empty: no voice speaks its language, or the voice's engine
     * (espeak-ng) is not installed, with how to install it.
     */
    public static Optional<String> unsupported(Guide guide) {
        Voice voice;
        try {
            voice = resolve(guide);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (voice.engine() == Voice.Engine.NONE) {
            return Optional.of("the guide's front matter says voice: none");
        }
        if (voice.engine() == Voice.Engine.ESPEAK_NG && !EspeakNgProgram.configured().installed()) {
            return Optional.of("the guide's voice (" + voice + ") needs the speech program " + EspeakNgProgram.NAME
                    + ", which is not installed; " + EspeakNgProgram.INSTALL);
        }
        return Optional.empty();
    }

    private static String noVoice(String language) {
        return "no voice speaks the guide's language (" + language + "); guidekit speaks English (FreeTTS), "
                + "Spanish and French (espeak-ng)";
    }
}
