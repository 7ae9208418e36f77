package org.guidekit.render.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

    static SectionAudio voice(Synthesizer voice, int index, SpeechSection section, boolean last, Path workDir,
                              boolean keepPcm) throws IOException {
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
        if (keepPcm) { // a WAV is made from the raw samples: encoding an MP3 nobody asked for costs as much again
            return new SectionAudio(index, section, stem, rate, pcm.size(), Optional.empty(), 0,
                    Optional.of(writePcm(pcm, workDir.resolve(stem + ".pcm"))), spans, loudness, levels);
        }
        Path mp3 = workDir.resolve(stem + ".mp3");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mp3))) {
            Mp3Encoder.encode(pcm.array(), pcm.size(), rate, out);
        }
        return new SectionAudio(index, section, stem, rate, pcm.size(), Optional.of(mp3), Mp3Frames.count(mp3),
                Optional.empty(), spans, loudness, levels);
    }

    /** "02-step-1-use-cold-then-heat": ordered, flat, ASCII and short, as DAISY players want. */
    static String fileStem(int index, String id) {
        String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-$", "");
        }
        return String.format(Locale.ROOT, "%02d-%s", index + 1, slug.isEmpty() ? "section" : slug);
    }

    private static Path writePcm(PcmBuffer pcm, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            short[] s = pcm.array();
            for (int i = 0; i < pcm.size(); i++) {
                out.write(s[i]);
                out.write(s[i] >> 8);
            }
        }
        return file;
    }

    static int millisToSamples(int ms, int rate) {
        return (int) ((long) ms * rate / 1000);
    }
}
