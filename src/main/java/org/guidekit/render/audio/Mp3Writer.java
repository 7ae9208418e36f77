package org.guidekit.render.audio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.render.AtomicOutput;
import org.guidekit.render.speech.SpeechScript;

/**
 * Writes the single chaptered MP3 of a guide: the ID3 tag with one chapter per section, a Xing "Info" frame with
 * the stream's length ({@link XingInfoFrame}), then the sections' MPEG
 * frames one after another, streamed from the work folder (never the whole file in memory). Joining complete
 * CBR streams is valid MPEG; each join adds only the encoder's few tens of milliseconds of silence, inside the pause
 * between sections.
 */
public final class Mp3Writer {
    private Mp3Writer() {
    }

    /** Writes {@code target} atomically. */
    public static Path writeChaptered(SynthesizedGuide audio, Path target) {
        SpeechScript script = audio.script();
        byte[] tag = Id3Chapters.tag(script.title(), script.organization(), script.language(), script.year(),
                chapters(audio));
        return AtomicOutput.write(target, out -> {
            out.write(tag);
            // Chapter and caption times count audio frames only: players skip the Info frame.
            long frames = 0;
            long bytes = 0;
            for (SectionAudio s : audio.sections()) {
                frames += s.mp3Frames();
                bytes += Files.size(s.mp3().orElseThrow());
            }
            out.write(XingInfoFrame.of(audio.sections().get(0).mp3().orElseThrow(), frames, bytes));
            for (SectionAudio s : audio.sections()) {
                Files.copy(s.mp3().orElseThrow(), out);
            }
        });
    }

    /** Chapters from the exact frame-based start of each section; titles are the section headings. */
    static List<Id3Chapters.Chapter> chapters(SynthesizedGuide audio) {
        List<Long> starts = audio.chapterStartsMillis();
        List<Id3Chapters.Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            long end = i + 1 < starts.size() ? starts.get(i + 1) : audio.mp3Millis();
            chapters.add(new Id3Chapters.Chapter(audio.sections().get(i).section().title(), starts.get(i), end));
        }
        return chapters;
    }
}
