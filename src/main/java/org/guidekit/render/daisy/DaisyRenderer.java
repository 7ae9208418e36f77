package org.guidekit.render.daisy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.guidekit.GuidekitVersion;
import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.model.Guide;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.RenderInputs;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Rendition;
import org.guidekit.render.audio.SpokenRenderer;
import org.guidekit.render.audio.AudioClipMap;
import org.guidekit.render.audio.SectionAudio;
import org.guidekit.render.audio.SpeechPreflight;
import org.guidekit.render.audio.SpeechService;
import org.guidekit.render.audio.SpokenGuide;
import org.guidekit.render.audio.SynthesizedGuide;
import org.guidekit.render.speech.SpeechScriptBuilder;
import org.guidekit.render.speech.SpeechSection;

/**
 * {@code --format daisy}: writes {@code <guideDir>/daisy/}, a DAISY 2.02 full-text, full-audio book, and with
 * {@code --zip} also {@code <name>-daisy.zip}. The audio is the audio renderer's synthesis of the same speech
 * script (shared through the build's {@link SpeechService}), one MP3 per chapter; the whole folder is swapped in at once.
 */
public final class DaisyRenderer extends SpokenRenderer {
    static final String FOLDER = "daisy";
    static final String NARRATOR = "FreeTTS kevin16 (synthetic voice)";
    /**
     * The last clip stops one MP3 frame (36 ms at 16 kHz) short of the file's end: some readers (mp3agic among
     * them) count one frame fewer than the file holds, and a clip past the end is an error to DAISY validators.
     * The final frame is trailing silence, so nothing is lost.
     */
    static final long FRAME_MARGIN_MS = 36;

    /** A renderer that takes its audio from the build's speech service, shared with the audio renderer. */
    public DaisyRenderer(SpeechService speech) {
        super(speech);
    }

    /** A renderer with a speech service of its own, for one-off use. */
    public DaisyRenderer() {
        this(new SpeechService());
    }

    @Override
    public String format() {
        return "daisy";
    }

    /** The voice's inputs, the pictures the text file shows, and whether a zip is made. */
    @Override
    public RenderInputs inputs(Guide guide, RenderOptions options) {
        return SpeechPreflight.voiceInputs(format(), guide, options).figures(guide).text("zip", Boolean.toString(options.zip()));
    }

    @Override
    public void preflight(Guide guide, RenderOptions options) {
        speech.preflight(guide, options);
    }

    @Override
    public java.util.Optional<String> unsupported(Guide guide) {
        return SpokenGuide.unsupported(guide);
    }

    @Override
    public String description() {
        return "DAISY 2.02 talking book, navigable by heading (full text and audio)";
    }

    @Override
    public Rendition render(Guide guide, RenderOptions options, Path guideDir) {
        try (SpeechService.Lease lease = speech.speak(guide, options, false)) {
            SynthesizedGuide audio = lease.audio();
            Path folder = AtomicOutput.writeFolder(guideDir.resolve(FOLDER), tmp -> {
                audio.writeSectionMp3s(tmp);
                DaisyBook book = DaisyPlanner.plan(guide, chapters(guide, audio), "guidekit "
                        + GuidekitVersion.get(), NARRATOR);
                DaisyBookWriter.write(guide, book, SpeechScriptBuilder.endLine(guide.metadata().language()), tmp);
            });
            List<Path> files = new ArrayList<>(list(folder));
            if (options.zip()) {
                files.add(DaisyZip.write(folder, guideDir.resolve(guide.name() + "-daisy.zip")));
            }
            return new Rendition(files, 0, audio.mp3Millis() / 1000.0);
        }
    }

    /**
     * One chapter per part of the speech plan, with its clips in its own MP3 file; the planner puts a section's
     * callouts and the text after them in the section's SMIL file.
     */
    static List<DaisyChapter> chapters(Guide guide, SynthesizedGuide audio) {
        AudioClipMap clips = audio.sentenceClipsPerSection(); // one par per sentence
        List<DaisyChapter> chapters = new ArrayList<>();
        for (SectionAudio s : audio.sections()) {
            String file = s.fileStem() + ".mp3";
            List<AudioClipMap.Clip> own = clips.clips().stream().filter(c -> c.file().equals(file)).toList();
            SpeechSection said = s.section(); // its level and role come from the speech plan (warnings included)
            int level = s.index() == 0 ? 1 : DaisyPlanner.nccLevel(said.level());
            String title = s.index() == 0 ? guide.metadata().title() : said.title();
            long playable = s.mp3Millis() - FRAME_MARGIN_MS;
            chapters.add(new DaisyChapter(said.id(), title, level, file, playable, tile(own, playable),
                    kind(said.role())));
        }
        return chapters;
    }

    private static DaisyChapter.Kind kind(SpeechSection.Role role) {
        return switch (role) {
            case HEADING -> DaisyChapter.Kind.SECTION;
            case CALLOUT -> DaisyChapter.Kind.CALLOUT;
            case CONTINUATION -> DaisyChapter.Kind.CONTINUATION;
        };
    }

    /**
     * Clips that cover the whole file end to end: each runs from its utterance's start to the next one's, the
     * first from 0 and the last to the end. Players skip what no clip covers, so otherwise the pauses that tell a
     * listener where a section or paragraph ends would vanish; tiled, the clips also add up to the audio's length.
     */
    static List<DaisyClip> tile(List<AudioClipMap.Clip> clips, long fileMs) {
        List<DaisyClip> tiled = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            long begin = i == 0 ? 0 : clips.get(i).beginMs();
            long end = i + 1 < clips.size() ? clips.get(i + 1).beginMs() : fileMs;
            tiled.add(new DaisyClip(clips.get(i).id(), begin, end));
        }
        return tiled;
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new OutputException(folder + ": cannot list the DAISY book (" + IoReason.of(e) + ")", e);
        }
    }
}
