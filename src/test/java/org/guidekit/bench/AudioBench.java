package org.guidekit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.PronunciationListReader;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.audio.AudioRenderer;
import org.guidekit.render.audio.FreeTtsSynthesizer;
import org.guidekit.render.audio.GuideSynthesizer;
import org.guidekit.render.audio.SectionAudio;
import org.guidekit.render.audio.SynthesizedGuide;
import org.guidekit.render.audio.Loudness;
import org.guidekit.render.audio.Mp3Encoder;
import org.guidekit.render.audio.VoiceSettings;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechScriptBuilder;
import org.guidekit.render.speech.SpeechSection;
import org.guidekit.render.speech.Utterance;

/**
 * Speed of the spoken guide (see bench/audio/README.md): real-time factor of FreeTTS synthesis and of jump3r MP3
 * encoding (one core each, warm), and wall time of the whole audio render, first in a fresh JVM and warm. Not a
 * test: run it by hand with {@code bench/audio/run.sh}.
 */
public final class AudioBench {
    private static final int ROUNDS = 3;

    private AudioBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "content/back-muscle-spasms.md");
        Path out = Files.createTempDirectory("audio-bench-");
        Guide guide = MarkdownGuideReader.read(file);
        RenderOptions options = withShared(RenderOptions.defaults(), file);
        long t0 = System.nanoTime();
        new AudioRenderer(AudioRenderer.Container.MP3).render(guide, options, out);
        double coldRender = seconds(t0);

        SpeechScript script = new SpeechScriptBuilder().build(guide, options.sharedPronunciations());
        short[] pcm;
        double synth = Double.MAX_VALUE;
        try (FreeTtsSynthesizer voice = new FreeTtsSynthesizer(VoiceSettings.from(options), script.pronunciations())) {
            pcm = speakAll(voice, script);
            for (int i = 0; i < ROUNDS; i++) {
                long t = System.nanoTime();
                speakAll(voice, script);
                synth = Math.min(synth, seconds(t));
            }
        }
        double audioSeconds = pcm.length / 16000.0;
        double encode = Double.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            Mp3Encoder.encode(pcm, pcm.length, 16000, new ByteArrayOutputStream());
            encode = Math.min(encode, seconds(t));
        }
        double warmRender = Double.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            new AudioRenderer(AudioRenderer.Container.MP3).render(guide, options, out);
            warmRender = Math.min(warmRender, seconds(t));
        }
        report(guide, script, pcm, audioSeconds, synth, encode, coldRender, warmRender);
        levels(script, options, out.resolve("levels"));
        AtomicOutput.deleteTree(out);
    }

    private static void report(Guide guide, SpeechScript script, short[] pcm, double audioSeconds, double synth,
                               double encode, double coldRender, double warmRender) {
        System.out.printf("guide                 %s (%d words, %d chapters)%n", guide.source(), script.wordCount(),
                script.sections().size());
        System.out.printf("machine               %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), System.getProperty("java.version"));
        System.out.printf("speech (no pauses)    %.1f s, unlevelled loudness %.1f LUFS%n", audioSeconds,
                Loudness.integrated(pcm, pcm.length, 16000));
        System.out.printf("synthesis, 1 core     %.3f s = %.0fx real time%n", synth, audioSeconds / synth);
        System.out.printf("MP3 encoding, 1 core  %.3f s = %.0fx real time%n", encode, audioSeconds / encode);
        System.out.printf("render, fresh JVM     %.3f s (includes voice loading and JIT warm-up)%n", coldRender);
        System.out.printf("render, warm          %.3f s (best of %d)%n", warmRender, ROUNDS);
    }

    /** Duration, pace and levels of the finished audio, section by section. */
    private static void levels(SpeechScript script, RenderOptions options, Path work) throws IOException {
        Files.createDirectories(work);
        try (SynthesizedGuide audio = GuideSynthesizer.forThisMachine(VoiceSettings.from(options))
                .synthesize(script, work, false, options.progress())) {
            double minutes = audio.mp3Millis() / 60000.0;
            long speakingMs = audio.clipMapForSingleFile("x").clips().stream()
                    .mapToLong(c -> c.endMs() - c.beginMs()).sum();
            System.out.printf("MP3 duration          %.1f s; %.0f words a minute speaking, %.0f with pauses%n",
                    minutes * 60, script.wordCount() / (speakingMs / 60000.0), script.wordCount() / minutes);
            var stats = audio.sections().stream().mapToDouble(SectionAudio::loudness).summaryStatistics();
            double peak = audio.sections().stream().mapToDouble(s -> s.levels().peakDbfs()).max().orElseThrow();
            int clipped = audio.sections().stream().mapToInt(s -> s.levels().clippedSamples()).sum();
            System.out.printf("levels                %.1f to %.1f LUFS per section, peak %.2f dBFS, %d clipped%n",
                    stats.getMin(), stats.getMax(), peak, clipped);
        }
    }

    private static short[] speakAll(FreeTtsSynthesizer voice, SpeechScript script) {
        List<short[]> parts = new ArrayList<>();
        int total = 0;
        for (SpeechSection s : script.sections()) {
            for (Utterance u : s.utterances()) {
                short[] p = voice.speak(u.text(), u.prosody()).samples();
                parts.add(p);
                total += p.length;
            }
        }
        short[] all = new short[total];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static RenderOptions withShared(RenderOptions o, Path file) {
        Map<String, String> shared = PronunciationListReader.readFrom(file.toAbsolutePath().getParent());
        return o.withSharedPronunciations(shared);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

}
