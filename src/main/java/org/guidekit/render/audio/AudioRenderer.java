package org.guidekit.render.audio;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.RenderInputs;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Rendition;
import org.guidekit.render.audio.SpokenRenderer;
import org.guidekit.render.speech.SpeechScript;

/**
 * The spoken guide: {@code <name>.mp3} with one chapter per section, {@code <name>.transcript.txt} (exactly what
 * the voice was given, one utterance per line) and {@code <name>.vtt} (captions, one cue per sentence, with the
 * timings the voice really produced). The {@code wav} format writes {@code <name>.wav} with its own captions,
 * {@code <name>.wav.vtt}: its timings differ slightly from the MP3's (no encoder delay or frame padding). Each file
 * has one owner, so both formats may be rendered into the same folder in either order: the transcript belongs to
 * the MP3 edition (the WAV's captions hold the same words, cue by cue).
 */
public final class AudioRenderer extends SpokenRenderer {
    /** The container written. */
    public enum Container { MP3, WAV }

    private final Container container;

    /** A renderer that speaks through the build's speech service, shared with the DAISY renderer. */
    public AudioRenderer(Container container, SpeechService speech) {
        super(speech);
        this.container = container;
    }

    /** A renderer with a speech service of its own, for one-off use. */
    public AudioRenderer(Container container) {
        this(container, new SpeechService());
    }

    /** What the voice says (the source and the pronunciation lists) and how: never the PDF's options. */
    @Override
    public RenderInputs inputs(Guide guide, RenderOptions options) {
        return SpeechPreflight.voiceInputs(format(), guide, options);
    }

    /** Builds the speech script (language, pronunciations, what each heading says) without synthesising it. */
    @Override
    public void preflight(Guide guide, RenderOptions options) {
        speech.preflight(guide, options);
    }

    @Override
    public String format() {
        return container == Container.MP3 ? "audio" : "wav";
    }

    @Override
    public java.util.Optional<String> unsupported(Guide guide) {
        return SpokenGuide.unsupported(guide);
    }

    @Override
    public String description() {
        return container == Container.MP3
                ? "spoken guide: MP3 with a chapter per section, transcript and captions"
                : "spoken guide as a WAV file, with captions";
    }

    @Override
    public Rendition render(Guide guide, RenderOptions options, Path guideDir) {
        try (SpeechService.Lease lease = speech.speak(guide, options, container == Container.WAV)) {
            SynthesizedGuide audio = lease.audio();
            SpeechScript script = audio.script();
            long millis = container == Container.MP3 ? audio.mp3Millis() : audio.pcmMillis();
            return new Rendition(write(guide.name(), script, audio, guideDir), 0, millis / 1000.0);
        }
    }

    private List<Path> write(String name, SpeechScript script, SynthesizedGuide audio, Path guideDir) {
        if (container == Container.WAV) {
            Path sound = WavWriter.write(audio, guideDir.resolve(name + ".wav"));
            Path vtt = WebVttWriter.write(audio.sentenceClipsForWav(name + ".wav"), guideDir.resolve(name + ".wav.vtt"));
            return List.of(sound, vtt);
        }
        Path mp3 = audio.chapteredMp3(); // joined once for the guide, shared with the EPUB and the page
        Path sound = AtomicOutput.write(guideDir.resolve(name + ".mp3"), out -> Files.copy(mp3, out));
        byte[] transcript = script.transcript().getBytes(StandardCharsets.UTF_8);
        Path text = AtomicOutput.write(guideDir.resolve(name + ".transcript.txt"), out -> out.write(transcript));
        Path vtt = WebVttWriter.write(audio.sentenceClipsForSingleFile(name + ".mp3"), guideDir.resolve(name + ".vtt"));
        return List.of(sound, text, vtt);
    }
}
