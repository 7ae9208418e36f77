package org.guidekit.render.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guidekit.render.speech.SpeechSection;
import org.guidekit.render.speech.Utterance;

/**
 * Voices one section: speaks each utterance, adds our pauses (FreeTTS's own are short and fixed), levels the
 * section and writes it to the work folder. Only this section's samples are in memory while it runs.
 */
final class SectionVoicing {
    /** Silence before the first word of the guide, so players that fade in do not swallow it. */
    static final int LEAD_MS = 400;
    /** Silence after the last word, so the end is not cut off. */
    static final int TRAIL_MS = 800;

    private SectionVoicing() {
    }

    /**
     * @param mp3 also encode the MP3 (the slow part); the raw samples are always kept, so that a WAV wanted after
     *            the MP3 in the same build needs no second synthesis
     */
    static SectionAudio voice(Synthesizer voice, int index, SpeechSection section, boolean last, Path workDir,
                              boolean mp3) throws IOException {
        int rate = voice.sampleRate();
        PcmBuffer pcm = new PcmBuffer();
        if (index == 0) {
            pcm.silence(millisToSamples(LEAD_MS, rate));
        }
        List<UtteranceSpan> spans = new ArrayList<>();
        for (Utterance u : section.utterances()) {
            long begin = pcm.size();
            // Sentence by sentence, so each planned sentence has its exact timing (captions, DAISY pars).
            List<UtteranceSpan.SentenceSpan> sentences = new ArrayList<>();
            for (Utterance.Sentence s : u.sentences()) {
                long at = pcm.size();
                pcm.append(voice.speak(s.text(), u.prosody()).samples());
                sentences.add(new UtteranceSpan.SentenceSpan(s.id(), s.text(), at, pcm.size()));
            }
            spans.add(new UtteranceSpan(u.id(), u.text(), begin, pcm.size(), sentences));
            pcm.silence(millisToSamples(u.pauseAfterMs(), rate));
        }
        if (last) {
            pcm.silence(millisToSamples(TRAIL_MS, rate));
        }
        Leveller.level(pcm.array(), pcm.size(), rate);
        double loudness = Loudness.integrated(pcm.array(), pcm.size(), rate);
        Levels levels = Levels.of(pcm.array(), pcm.size());
        String stem = fileStem(index, section.id());
        // Writing the samples costs a few milliseconds; encoding an MP3 nobody asked for (a WAV alone) costs as
        // much as the synthesis, so it is only done when asked for, or later from these samples (encode).
        SectionAudio samples = new SectionAudio(index, section, stem, rate, pcm.size(), Optional.empty(), 0,
                Optional.of(writePcm(pcm.array(), pcm.size(), workDir.resolve(stem + ".pcm"))), spans, loudness,
                levels);
        return mp3 ? encode(samples, pcm.array(), workDir) : samples;
    }

    /**
     * The section with its MP3 encoded from the raw samples it kept: the same bytes as when encoded right after
     * synthesis, since the samples are the same.
     */
    static SectionAudio encode(SectionAudio section, Path workDir) throws IOException {
        byte[] bytes = Files.readAllBytes(section.pcm().orElseThrow(() -> new IllegalStateException(
                "section " + section.fileStem() + " has neither an MP3 nor its samples")));
        short[] samples = new short[bytes.length / 2];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return encode(section, samples, workDir);
    }

    private static SectionAudio encode(SectionAudio s, short[] samples, Path workDir) throws IOException {
        Path mp3 = workDir.resolve(s.fileStem() + ".mp3");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mp3))) {
            Mp3Encoder.encode(samples, (int) s.samples(), s.sampleRate(), out);
        }
        return new SectionAudio(s.index(), s.section(), s.fileStem(), s.sampleRate(), s.samples(), Optional.of(mp3),
                Mp3Frames.count(mp3), s.pcm(), s.spans(), s.loudness(), s.levels());
    }

    /** "02-step-1-use-cold-then-heat": ordered, flat, ASCII and short, as DAISY players want. */
    static String fileStem(int index, String id) {
        String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-$", "");
        }
        return String.format(Locale.ROOT, "%02d-%s", index + 1, slug.isEmpty() ? "section" : slug);
    }

    /** 16-bit little-endian, as a WAV holds them; converted in bulk, since every synthesis writes them. */
    private static Path writePcm(short[] samples, int length, Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(2 * length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(samples, 0, length);
        Files.write(file, bytes.array());
        return file;
    }

    static int millisToSamples(int ms, int rate) {
        return (int) ((long) ms * rate / 1000);
    }
}
