package org.guidekit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guidekit.library.GuideFiles;
import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.read.PronunciationListReader;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.audio.AudioRenderer;
import org.guidekit.render.audio.FreeTtsSynthesizer;
import org.guidekit.render.audio.Mp3Encoder;
import org.guidekit.render.audio.VoiceSettings;
import org.guidekit.render.braille.BrailleRenderer;
import org.guidekit.render.daisy.DaisyRenderer;
import org.guidekit.render.pdf.LargePrintPdfRenderer;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechScriptBuilder;
import org.guidekit.render.speech.SpeechSection;
import org.guidekit.render.speech.Utterance;

/**
 * Time per stage of one guide's build, in one JVM (bench/library/README.md; not a test). For each guide, once:
 * read, PDF, speech script; FreeTTS synthesis and jump3r MP3 encoding each on one core (section by section, so
 * memory holds one section); the whole audio render as a build runs it (sections in parallel, levelling, encoding,
 * chaptered MP3, captions); and the DAISY book, which reuses that synthesis through the shared cache, as in a build.
 * A warm-up guide is rendered first and not counted.
 *
 * <p>Arguments: WARMUP_GUIDE SAMPLE_GUIDE LIBRARY_DIR GUIDES_FROM_LIBRARY LONG_GUIDE. The library folder holds only
 * guides the voice can speak (bench/library/run.sh gives it the English corpus guides).
 */
public final class StageBench {
    private StageBench() {
    }

    public static void main(String[] args) throws IOException {
        Path warmUp = Path.of(args[0]);
        Path sample = Path.of(args[1]);
        List<Path> library = GuideFiles.find(List.of(Path.of(args[2]))).stream().limit(Integer.parseInt(args[3]))
                .toList();
        Path longGuide = Path.of(args[4]);
        Path out = Files.createTempDirectory("stage-bench-");
        try {
            measure(List.of(warmUp), out);
            StageTimes.header();
            measure(List.of(sample), out).print("sample guide");
            measure(library, out).print(library.size() + " library guides");
            measure(List.of(longGuide), out).print(MarkdownGuideReader.name(longGuide));
        } finally {
            AtomicOutput.deleteTree(out);
        }
    }

    private static StageTimes measure(List<Path> files, Path out) throws IOException {
        StageTimes t = new StageTimes(files.size());
        for (Path file : files) {
            measureOne(file, out.resolve("work"), t);
            AtomicOutput.deleteTree(out.resolve("work"));
        }
        return t;
    }

    private static void measureOne(Path file, Path out, StageTimes t) throws IOException {
        RenderOptions options = withShared(RenderOptions.defaults(), file);
        long s = System.nanoTime();
        Guide guide = MarkdownGuideReader.read(file);
        t.read += seconds(s);
        Path dir = Files.createDirectories(out.resolve(guide.name()));
        s = System.nanoTime();
        new LargePrintPdfRenderer().render(guide, options, dir);
        t.pdf += seconds(s);
        s = System.nanoTime();
        SpeechScript script = new SpeechScriptBuilder().build(guide, options.sharedPronunciations());
        t.script += seconds(s);
        t.words += script.wordCount();
        synthesiseAndEncode(script, options, t);
        s = System.nanoTime();
        t.mp3Seconds += new AudioRenderer(AudioRenderer.Container.MP3).render(guide, options, dir).audioSeconds();
        t.audioRender += seconds(s);
        s = System.nanoTime();
        new DaisyRenderer().render(guide, options, dir);
        t.daisy += seconds(s);
        s = System.nanoTime();
        new BrailleRenderer(new LargePrintPdfRenderer()).render(guide, options, dir);
        t.braille += seconds(s);
    }

    /** FreeTTS and jump3r on one core, timed apart: each section spoken, then encoded, then dropped. */
    private static void synthesiseAndEncode(SpeechScript script, RenderOptions options, StageTimes t)
            throws IOException {
        try (FreeTtsSynthesizer voice = new FreeTtsSynthesizer(VoiceSettings.from(options), script.pronunciations())) {
            for (SpeechSection section : script.sections()) {
                long s = System.nanoTime();
                List<short[]> parts = new ArrayList<>();
                for (Utterance u : section.utterances()) {
                    parts.add(voice.speak(u.text(), u.prosody()).samples());
                }
                t.synthesis += seconds(s);
                short[] pcm = concat(parts);
                t.speechSeconds += pcm.length / (double) voice.sampleRate();
                s = System.nanoTime();
                Mp3Encoder.encode(pcm, pcm.length, voice.sampleRate(), OutputStream.nullOutputStream());
                t.encode += seconds(s);
            }
        }
    }

    private static short[] concat(List<short[]> parts) {
        short[] all = new short[parts.stream().mapToInt(p -> p.length).sum()];
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

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Sums of one group of guides, printed as a row. */
    private static final class StageTimes {
        final int guides;
        long words;
        double read;
        double pdf;
        double script;
        double synthesis;
        double encode;
        double speechSeconds;
        double audioRender;
        double mp3Seconds;
        double daisy;
        double braille;

        StageTimes(int guides) {
            this.guides = guides;
        }

        static void header() {
            System.out.println("""
                    Seconds per guide, mean over the group; words = spoken words. synth1c, encode1c: FreeTTS and
                    jump3r, each on one core (not in total); audio: the whole audio render on all cores; DAISY:
                    reusing that synthesis; braille: BRF and PEF; total = read + PDF + script + audio + DAISY +
                    braille. RTF 1c = speech s /
                    (synth1c + encode1c); RTF aud = MP3 s / audio; g/min = guides a minute, one at a time.""");
            System.out.printf("%-22s %6s %7s %7s %7s %7s %8s %8s %8s %8s %8s %8s %7s %7s %7s%n", "group",
                    "words", "MP3 s", "read", "PDF", "script", "synth1c", "encode1c", "audio", "DAISY", "braille",
                    "total", "RTF 1c", "RTF aud", "g/min");
        }

        void print(String label) {
            double n = guides;
            double total = read + pdf + script + audioRender + daisy + braille;
            System.out.printf("%-22s %6.0f %7.1f %7.3f %7.3f %7.3f %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %6.0fx "
                    + "%6.0fx %7.1f%n", label, words / n, mp3Seconds / n, read / n, pdf / n, script / n,
                    synthesis / n, encode / n, audioRender / n, daisy / n, braille / n, total / n,
                    speechSeconds / (synthesis + encode), mp3Seconds / audioRender, 60 * n / total);
        }
    }
}
