package org.guidekit.render.audio;

import java.util.Iterator;
import java.util.LinkedList;
import java.util.Map;

import org.guidekit.model.Guide;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechScriptBuilder;

/**
 * The speech scripts of the guides last asked for, built with the voice's dictionary as the audio edition builds
 * them. One guide's script is wanted by the build's safety gate (the spoken-reading check), by {@code check}'s
 * speech preflight and by the build's speech stage ({@link SpeechService}), and the normaliser is the costly part
 * of each: it is built once. A few guides are kept, so that guides rendered at the same time (several jobs) do not
 * push each other out between the gate and the speech stage. One per {@link SpeechService}, so a session's memo is
 * never another session's (it was a static once).
 */
final class LastScript {
    /** Guides checked or rendered at once, with room to spare: a script is small beside its guide. */
    private static final int KEPT = 8;

    private record Kept(Guide guide, Map<String, String> shared, SpeechScript script) {
    }

    private final LinkedList<Kept> kept = new LinkedList<>();

    /**
     * @throws org.guidekit.error.ContentException if a pronunciation cannot be used
     */
    SpeechScript of(Guide g, Map<String, String> sharedPronunciations) {
        return of(g, sharedPronunciations, () -> { });
    }

    /**
     * As {@link #of(Guide, Map)}, calling {@code built} when the script is built rather than found.
     *
     * @throws org.guidekit.error.ContentException if a pronunciation cannot be used
     */
    SpeechScript of(Guide g, Map<String, String> sharedPronunciations, Runnable built) {
        synchronized (kept) {
            for (Iterator<Kept> it = kept.iterator(); it.hasNext(); ) {
                Kept k = it.next();
                if (k.guide() == g && k.shared().equals(sharedPronunciations)) { // the same object: read again is built again
                    it.remove();
                    kept.addFirst(k);
                    return k.script();
                }
            }
        }
        // Built outside the lock, so that guides of other jobs are not held up; two jobs never build the same guide.
        SpeechScript script = new SpeechScriptBuilder(FreeTtsLexicon.instance()::knows).build(g, sharedPronunciations);
        built.run();
        synchronized (kept) {
            kept.addFirst(new Kept(g, Map.copyOf(sharedPronunciations), script));
            while (kept.size() > KEPT) {
                kept.removeLast();
            }
        }
        return script;
    }
}
