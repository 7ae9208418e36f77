package org.guidekit.render.audio;

import java.util.List;

import org.guidekit.error.RenderException;
import org.guidekit.model.Voice;
import org.guidekit.render.speech.Prosody;

/**
 * The espeak-ng engine as a {@link Synthesizer}: each call runs the program once (guidekit already speaks one
 * sentence per call, see {@link SectionVoicing}), so every sentence's timing is its own sample count, exact. The
 * pronunciation entries (CMU phones, FreeTTS's alphabet) do not apply to espeak-ng and are not used; espeak-ng's
 * own rules say the words. Holds no resources: each utterance is its own process.
 */
final class EspeakNgSynthesizer implements Synthesizer {
    /** The sample rate of espeak-ng's voices. */
    static final int SAMPLE_RATE = 22050;
    /** espeak-ng's pitch scale is 0-99, 50 its own; guidekit's pitch setting is in Hz around a voice of 100 Hz. */
    private static final int OWN_PITCH = 50;

    private final EspeakNgProgram program;
    private final String voice;
    private VoiceSettings settings;

    /**
     * @param settings pace and pitch; {@code settings.voice()} must be an espeak-ng voice with a name
     */
    EspeakNgSynthesizer(EspeakNgProgram program, VoiceSettings settings) {
        if (settings.voice().engine() != Voice.Engine.ESPEAK_NG || settings.voice().name().isEmpty()) {
            throw new IllegalArgumentException("not a named espeak-ng voice: " + settings.voice());
        }
        this.program = program;
        this.voice = settings.voice().name().get();
        this.settings = settings;
    }

    @Override
    public void prepare(VoiceSettings settings, java.util.Map<String, List<String>> pronunciations) {
        if (!settings.voice().equals(this.settings.voice())) {
            throw new IllegalArgumentException("this synthesizer speaks " + this.settings.voice() + ", not "
                    + settings.voice());
        }
        this.settings = settings;
    }

    @Override
    public int sampleRate() {
        return SAMPLE_RATE;
    }

    @Override
    public SpokenUtterance speak(String text, Prosody prosody) {
        int wpm = (int) Math.round(settings.wordsPerMinute() * prosody.rateFactor());
        EspeakNgProgram.Speech speech = program.say(text, voice, Math.max(80, Math.min(450, wpm)), pitch());
        if (speech.sampleRate() != SAMPLE_RATE) {
            throw new RenderException(EspeakNgProgram.NAME + " spoke at " + speech.sampleRate() + " Hz; guidekit "
                    + "expects " + SAMPLE_RATE + " Hz from its voices");
        }
        short[] samples = speech.samples();
        return new SpokenUtterance(samples, List.of(new SpokenUtterance.Sentence(text, 0, samples.length)));
    }

    /** espeak-ng's pitch (0-99) for the setting in Hz: 50 is its own, a step of 2 Hz is one unit. */
    int pitch() {
        return settings.pitch().map(hz -> Math.max(0, Math.min(99, Math.round(OWN_PITCH + (hz - 100f) / 2f))))
                .orElse(OWN_PITCH);
    }

    /** Not yet: espeak-ng's words would come from its phoneme output ({@code -q -x}), see issue 27. */
    @Override
    public List<String> spokenWords(String text) {
        throw new UnsupportedOperationException("espeak-ng's spoken words are not read yet");
    }

    @Override
    public void close() {
    }
}
