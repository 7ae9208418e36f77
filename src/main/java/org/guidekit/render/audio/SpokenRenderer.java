package org.guidekit.render.audio;

import org.guidekit.render.Renderer;


/**
 * A format that carries the guide's audio (the MP3, the DAISY book, the EPUB, the read-along page). Each takes
 * that audio from the build's one {@link SpeechService}, so a guide is synthesised once for all of them.
 */
public abstract class SpokenRenderer implements Renderer {
    /** The build's speech service, shared by the spoken formats. */
    protected final SpeechService speech;

    protected SpokenRenderer(SpeechService speech) {
        this.speech = speech;
    }

    /** Loads the voices in the background while the first guide is read and checked. */
    @Override
    public final void warmUp() {
        speech.warmUp();
    }
}
