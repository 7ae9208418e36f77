package org.guidekit.library;

import java.util.List;

import org.guidekit.check.CheckSettings;
import org.guidekit.check.Finding;
import org.guidekit.check.GuideChecker;
import org.guidekit.check.Severity;
import org.guidekit.check.VoiceWords;
import org.guidekit.error.ContentException;
import org.guidekit.error.Problem;
import org.guidekit.model.Guide;
import org.guidekit.render.audio.FreeTtsVoiceWords;

/**
 * Runs the content checks before anything is printed or spoken, and refuses a guide with error findings (links
 * to sites the clinic has not approved, online pharmacies, pasted adverts and signatures): a clinic must never hand
 * those to a patient, nor a recording that says a phone number or a dose other than the printed one (the
 * spoken-reading check). Warnings are left to {@code guidekit check}. The voice's lexicon is not needed here, and
 * the voice's words come from its text analysis alone (no synthesis), so the gate costs milliseconds a guide.
 */
final class SafetyGate {
    private SafetyGate() {
    }

    /** The gate's settings before the folder's shared lists are added: the voice's words, no lexicon. */
    static CheckSettings settings() {
        return settings(FreeTtsVoiceWords.instance());
    }

    /** The gate's settings with a session's voice words ({@link BuildSession}). */
    static CheckSettings settings(VoiceWords voiceWords) {
        return CheckSettings.defaults().withVoiceWords(voiceWords);
    }

    static void check(Guide guide, CheckSettings settings) {
        List<Problem> errors = GuideChecker.check(guide, settings).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(SafetyGate::problem)
                .toList();
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
    }

    private static Problem problem(Finding f) {
        return new Problem(f.file(), f.line(), "[" + f.rule() + "] " + f.message() + "; " + f.action()
                + " (nothing was rendered for this guide; run guidekit check for the full review)");
    }
}
