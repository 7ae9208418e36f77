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
import org.guidekit.render.audio.SpeechService;
import org.guidekit.render.audio.SynthesizedGuide;
import org.guidekit.render.audio.WebVttWriter;
import org.guidekit.render.readalong.SpokenTimings;
import org.guidekit.render.speech.SpeechSection;

/**
 * The read-along page, {@code <name>/index.html}, with its stylesheet, script, pictures and, for a spoken guide,
 * its own audio and captions in {@code <name>/web/} ({@code <name>.mp3}, {@code <name>.vtt}): the guide's one
 * chaptered MP3 from the build's speech stage, which the audio edition copies too. The page owns its files, so it
 * is the same whether the audio edition is made before it, after it or not at all. A guide the voice cannot speak
 * still gets its page, without a player.
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
        if (!OptionalAudio.spoken(guide)) {
            return write(guide, new ReadAlongPage(guide, SpokenTimings.none(), Optional.empty(),
                    Editions.find(guideDir, guide.name(), words, false), words), Optional.empty(), guideDir);
        }
        try (SpeechService.Lease lease = speech.speak(guide, options, false)) {
            SynthesizedGuide audio = lease.audio();
            String mp3 = guide.name() + ".mp3";
            String vtt = guide.name() + ".vtt";
            SpokenTimings timings = SpokenTimings.of(audio, mp3);
            ReadAlongPage page = new ReadAlongPage(guide, timings, Optional.of(new ReadAlongPage.Player(
                    PageWriter.ASSETS + "/" + mp3, PageWriter.ASSETS + "/" + vtt, chapters(audio, timings))),
                    Editions.find(guideDir, guide.name(), words, true), words);
            return write(guide, page, Optional.of(audio), guideDir);
        }
    }

    /** The page's folder of files (with the audio and captions of a spoken guide), then the page. */
    private static Rendition write(Guide guide, ReadAlongPage page, Optional<SynthesizedGuide> audio, Path guideDir) {
        Path assets = AtomicOutput.writeFolder(guideDir.resolve(PageWriter.ASSETS), tmp -> {
            assets(guide, tmp);
            if (audio.isPresent()) {
                String mp3 = guide.name() + ".mp3";
                Files.copy(audio.get().chapteredMp3(), tmp.resolve(mp3));
                Files.writeString(tmp.resolve(guide.name() + ".vtt"),
                        WebVttWriter.captions(audio.get().sentenceClipsForSingleFile(mp3)), StandardCharsets.UTF_8);
            }
        });
        List<Path> files = new ArrayList<>();
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
