package org.guidekit.render.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guidekit.model.Guide;
import org.guidekit.model.Voice;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.speech.HealthTextNormalizer;
import org.guidekit.render.speech.Pronunciations;
import org.guidekit.render.speech.Prosody;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechScriptBuilder;
import org.guidekit.render.speech.SpeechSection;
import org.guidekit.render.speech.SpokenText;
import org.guidekit.render.speech.Utterance;

/**
 * Speech on demand, for the staff workspace: any text, or one section of a guide, spoken by the same voice, speech
 * normaliser and pronunciation lists as the audio edition, as a WAV file in memory. One warm voice is kept and
 * replaced only when the pronunciations change, so a word can be heard, corrected and heard again in a second.
 * Thread-safe (one speaker at a time: a FreeTTS voice is not).
 *
 * <pre>{@code try (SpeechPreview voice = new SpeechPreview()) {
 *     byte[] wav = voice.speakText("Take baclofen 10 mg.", guide, options).wav();
 * }}</pre>
 */
public final class SpeechPreview implements AutoCloseable {
    /** Longest text spoken on demand; a whole guide is listened to section by section. */
    public static final int MAX_TEXT = 2000;

    private Map<String, List<String>> voicePhones;
    private VoiceSettings voiceSettings;
    private Synthesizer voice;

    /**
     * What was spoken: a WAV file (16-bit mono) and where each sentence lies in it.
     *
     * @param wav       the sound, levelled like the audio edition
     * @param sentences each sentence as printed in the guide's transcript, with its start and end in milliseconds
     */
    public record Speech(byte[] wav, List<TimedSentence> sentences) {
        public Speech {
            sentences = List.copyOf(sentences);
        }
    }

    /** One sentence of a {@link Speech}: its text and its time in the WAV file. */
    public record TimedSentence(String text, long beginMs, long endMs) {
    }

    /** The speech script of {@code guide}: its sections, as the audio edition's chapters. */
    public static SpeechScript script(Guide guide, RenderOptions options) {
        SpokenGuide.check(guide);
        return new SpeechScriptBuilder(FreeTtsLexicon.instance()::knows).build(guide, options.sharedPronunciations());
    }

    /**
     * Speaks {@code text} (at most {@link #MAX_TEXT} characters) with {@code guide}'s pronunciations and the
     * clinic's list in {@code options}.
     *
     * @throws IllegalArgumentException for empty or too long text
     */
    public synchronized Speech speakText(String text, Guide guide, RenderOptions options) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > MAX_TEXT) {
            throw new IllegalArgumentException(t.isEmpty() ? "select some text to hear it"
                    : "select at most " + MAX_TEXT + " characters to hear; play the section for more");
        }
        SpokenGuide.check(guide);
        Map<String, List<String>> phones = Pronunciations.resolve(options.sharedPronunciations(), "pronunciations.yaml",
                guide.metadata().pronunciations(), guide.source());
        FreeTtsLexicon lexicon = FreeTtsLexicon.instance();
        VoiceSettings settings = VoiceSettings.from(options, SpokenGuide.voice(guide));
        String spoken = settings.voice().equals(Voice.FREETTS)
                ? new HealthTextNormalizer(w -> lexicon.knows(w) || phones.containsKey(w)).normalize(t)
                : SpokenText.of(t, guide.metadata().language(), w -> lexicon.knows(w) || phones.containsKey(w));
        Synthesizer v = voice(phones, settings);
        PcmBuffer pcm = new PcmBuffer();
        List<TimedSentence> sentences = new ArrayList<>();
        if (!spoken.isEmpty()) {
            pcm.append(v.speak(spoken, Prosody.NORMAL).samples());
            sentences.add(new TimedSentence(t, 0, millis(pcm.size(), v.sampleRate())));
        }
        return finish(pcm, v.sampleRate(), sentences);
    }

    /**
     * Speaks section {@code index} of {@code guide}'s script (see {@link #script}) with its pauses and slower boxes,
     * at the rate and pitch of {@code options}.
     *
     * @throws IndexOutOfBoundsException for a section the script does not have
     */
    public synchronized Speech speakSection(Guide guide, RenderOptions options, int index) {
        SpeechScript script = script(guide, options);
        SpeechSection section = script.sections().get(index);
        Synthesizer v = voice(script.pronunciations(), VoiceSettings.from(options, SpokenGuide.voice(guide)));
        int rate = v.sampleRate();
        PcmBuffer pcm = new PcmBuffer();
        List<TimedSentence> sentences = new ArrayList<>();
        for (Utterance u : section.utterances()) {
            for (Utterance.Sentence s : u.sentences()) {
                long at = pcm.size();
                pcm.append(v.speak(s.text(), u.prosody()).samples());
                sentences.add(new TimedSentence(s.text(), millis(at, rate), millis(pcm.size(), rate)));
            }
            pcm.silence(SectionVoicing.millisToSamples(u.pauseAfterMs(), rate));
        }
        return finish(pcm, rate, sentences);
    }

    private Synthesizer voice(Map<String, List<String>> phones, VoiceSettings settings) {
        if (voice == null || !phones.equals(voicePhones) || !settings.equals(voiceSettings)) {
            if (voice != null) {
                voice.close();
            }
            voice = GuideSynthesizer.voice(settings, phones);
            voicePhones = Map.copyOf(phones);
            voiceSettings = settings;
        }
        return voice;
    }

    private static Speech finish(PcmBuffer pcm, int rate, List<TimedSentence> sentences) {
        if (pcm.size() > 0) {
            Leveller.level(pcm.array(), pcm.size(), rate);
        }
        return new Speech(wav(pcm.array(), pcm.size(), rate), sentences);
    }

    private static long millis(long samples, int rate) {
        return samples * 1000 / rate;
    }

    /** A canonical 44-byte-header WAV file of 16-bit mono little-endian samples. */
    static byte[] wav(short[] samples, int length, int rate) {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 2 * length)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(2 * length);
        for (int i = 0; i < length; i++) {
            b.putShort(samples[i]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.capacity());
        out.write(b.array(), 0, b.capacity());
        return out.toByteArray();
    }

    @Override
    public synchronized void close() {
        if (voice != null) {
            voice.close();
            voice = null;
        }
    }
}
