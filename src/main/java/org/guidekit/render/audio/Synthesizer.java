package org.guidekit.render.audio;

import java.util.List;
import java.util.Map;

import org.guidekit.render.speech.Prosody;

/**
 * A voice that turns one utterance into samples. Not thread-safe: one synthesizer per thread
 * (see {@link VoicePool}).
 */
interface Synthesizer extends AutoCloseable {
    /**
     * Sets the voice up for one guide: its pace, pitch and pronunciations (word → CMU phones), replacing the
     * previous guide's, so one voice serves many guides in a build. A synthesizer that serves one guide only
     * may ignore it.
     */
    default void prepare(VoiceSettings settings, Map<String, List<String>> pronunciations) {
    }

    /** Samples per second of what {@link #speak} returns. */
    int sampleRate();

    /**
     * Speaks {@code text}.
     *
     * @return the samples, not yet levelled, with the timing of each sentence
     * @throws org.guidekit.error.RenderException if the voice fails on the text
     */
    SpokenUtterance speak(String text, Prosody prosody);

    /** The words the voice will actually say for {@code text}, after its own text analysis (for tests). */
    List<String> spokenWords(String text);

    @Override
    void close();
}
