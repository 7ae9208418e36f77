package org.guidekit.render.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.BundledText;
import org.guidekit.render.audio.OptionalAudio;
import org.guidekit.render.RenderInputs;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Rendition;
import org.guidekit.render.audio.SpokenRenderer;
import org.guidekit.render.audio.Mp3Writer;
import org.guidekit.render.audio.SpeechService;
import org.guidekit.render.audio.SynthesizedGuide;
import org.guidekit.render.audio.WebVttWriter;
import org.guidekit.render.readalong.SpokenTimings;
import org.guidekit.render.speech.SpeechSection;

/**
 * The read-along page, {@code <name>/index.html}, with its stylesheet, script and pictures in {@code <name>/web/}.
 * It plays the audio edition's {@code <name>.mp3} with its captions {@code <name>.vtt}, from the build's one
 * synthesis; when they are missing or differ (the page rendered alone), it writes them itself. A guide the voice
 * cannot speak still gets its page, without a player.
 */
public final class WebRenderer extends SpokenRenderer {
    /** A renderer that takes the guide's audio from the build's speech service. */
    public WebRenderer(SpeechService speech) {
        super(speech);
    }

    @Override
    public String format() {
        return "web";
    }

    @Override
    public String description() {
        return "read-along web page: the guide's text with its audio, captions and the sentence being read "
                + "highlighted";
    }

    /** The voice's inputs (for a spoken guide), the pictures, and this package's stylesheet and script. */
    @Override
    public RenderInputs inputs(Guide guide, RenderOptions options) {
        return OptionalAudio.inputs(format(), guide, options).text("stylesheet", resource(PageWriter.STYLESHEET))
                .text("script", resource(PageWriter.SCRIPT));
    }

    /** Also the other editions beside the page, which it links with their sizes. */
    @Override
    public RenderInputs inputs(Guide guide, RenderOptions options, Path guideDir) {
        return inputs(guide, options).text("editions", Editions.stamp(guideDir, guide.name()));
    }

    @Override
    public void preflight(Guide guide, RenderOptions options) {
        OptionalAudio.preflight(guide, options, speech);
    }

    @Override
    public Rendition render(Guide guide, RenderOptions options, Path guideDir) {
        PageWords words = PageWords.forLanguage(guide.metadata().language());
        List<Path> files = new ArrayList<>();
        ReadAlongPage page;
        if (OptionalAudio.spoken(guide)) {
            try (SpeechService.Lease lease = speech.speak(guide, options, false)) {
                SynthesizedGuide audio = lease.audio();
                String mp3 = guide.name() + ".mp3";
                String vtt = guide.name() + ".vtt";
                files.addAll(ensureAudio(audio, guideDir, mp3, vtt));
                SpokenTimings timings = SpokenTimings.of(audio, mp3);
                page = new ReadAlongPage(guide, timings,
                        Optional.of(new ReadAlongPage.Player(mp3, vtt, chapters(audio, timings))),
                        Editions.find(guideDir, guide.name(), words, true), words);
            }
        } else {
            page = new ReadAlongPage(guide, SpokenTimings.none(), Optional.empty(),
                    Editions.find(guideDir, guide.name(), words, false), words);
        }
        Path assets = AtomicOutput.writeFolder(guideDir.resolve(PageWriter.ASSETS), tmp -> assets(guide, tmp));
        files.add(AtomicOutput.write(guideDir.resolve("index.html"), out -> PageWriter.write(page, out)));
        files.addAll(list(assets));
        return Rendition.of(files);
    }

    /**
     * The opening, then one chapter per section, each starting where its heading is highlighted (a few
     * milliseconds after the MP3 chapter mark, so a jump never lights up the end of the section before). A warning,
     * caution or important callout is a chapter too, with its end: the text after it is its section's again (the
     * page names the section, as the MP3's chapter table does), so the speech plan's continuations get no chapter.
     */
    private static List<ReadAlongPage.Chapter> chapters(SynthesizedGuide audio, SpokenTimings timings) {
        List<Long> starts = audio.chapterStartsMillis();
        List<SpeechSection> sections = audio.script().sections();
        List<ReadAlongPage.Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            SpeechSection s = sections.get(i);
            if (s.role() == SpeechSection.Role.CONTINUATION) {
                continue;
            }
            long start = i == 0 ? 0 : timings.sentences(s.id()).map(t -> t.get(0).beginMs()).orElse(starts.get(i));
            if (s.role() == SpeechSection.Role.CALLOUT) {
                long end = i + 1 < starts.size() ? starts.get(i + 1) : audio.mp3Millis();
                chapters.add(new ReadAlongPage.Chapter(s.id(), s.title(), start, java.util.OptionalLong.of(end)));
            } else {
                chapters.add(new ReadAlongPage.Chapter(s.id(), s.title(), start));
            }
        }
        return chapters;
    }

    /**
     * The audio edition's MP3 and captions, as this synthesis makes them. Normally the audio format has just
     * written exactly these bytes and nothing is done; rendered alone, or after an edit without the audio format,
     * the page would otherwise play missing or stale audio against new timings.
     *
     * @return the files written here
     */
    private static List<Path> ensureAudio(SynthesizedGuide audio, Path guideDir, String mp3, String vtt) {
        List<Path> written = new ArrayList<>();
        Path mp3File = guideDir.resolve(mp3);
        Path candidate = Mp3Writer.writeChaptered(audio, AtomicOutput.temporary(mp3File, ".web"));
        try {
            if (Files.isRegularFile(mp3File) && Files.mismatch(candidate, mp3File) == -1) {
                Files.delete(candidate);
            } else {
                Files.move(candidate, mp3File, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(mp3File);
            }
            Path vttFile = guideDir.resolve(vtt);
            String captions = WebVttWriter.captions(audio.sentenceClipsForSingleFile(mp3));
            if (!Files.isRegularFile(vttFile) || !Files.readString(vttFile, StandardCharsets.UTF_8).equals(captions)) {
                written.add(WebVttWriter.write(audio.sentenceClipsForSingleFile(mp3), vttFile));
            }
        } catch (IOException e) {
            throw new OutputException(mp3File + ": cannot compare with the page's audio (" + IoReason.of(e) + ")", e);
        }
        return written;
    }

    private static void assets(Guide guide, Path folder) throws IOException {
        for (String name : List.of(PageWriter.STYLESHEET, PageWriter.SCRIPT)) {
            Files.writeString(folder.resolve(name), resource(name), StandardCharsets.UTF_8);
        }
        for (Figure f : guide.figures()) {
            Files.copy(f.file(), folder.resolve(PageWriter.imageName(f)), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String resource(String name) {
        return BundledText.read(WebRenderer.class, name);
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new OutputException(folder + ": cannot list the page's files (" + IoReason.of(e) + ")", e);
        }
    }
}
