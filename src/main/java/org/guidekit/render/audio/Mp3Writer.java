package org.guidekit.render.audio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.render.AtomicOutput;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechSection;

/**
 * Writes the single chaptered MP3 of a guide: the ID3 tag with one chapter per section (its callouts as chapters
 * inside it, see {@link Id3Chapters}), a Xing "Info" frame with
 * the stream's length ({@link XingInfoFrame}), then the sections' MPEG
 * frames one after another, streamed from the work folder (never the whole file in memory). Joining complete
 * CBR streams is valid MPEG; each join adds only the encoder's few tens of milliseconds of silence, inside the pause
 * between sections.
 */
final class Mp3Writer {
    private Mp3Writer() {
    }

    /** Writes {@code target} atomically. */
    static Path writeChaptered(SynthesizedGuide audio, Path target) {
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

    /**
     * Chapters from the exact frame-based start of each part of the speech plan. A section's chapter runs to the
     * next section, so it holds the text after its callouts (the plan's continuations get no chapter); each
     * warning, caution or important callout is a chapter inside it, from its start to the start of what follows.
     */
    static List<Id3Chapters.Chapter> chapters(SynthesizedGuide audio) {
        List<Long> starts = audio.chapterStartsMillis();
        List<SpeechSection> plan = audio.sections().stream().map(SectionAudio::section).toList();
        List<Id3Chapters.Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).role() != SpeechSection.Role.HEADING) {
                continue; // inside the section before it
            }
            int next = i + 1;
            List<Id3Chapters.Chapter> parts = new ArrayList<>();
            for (; next < plan.size() && plan.get(next).role() != SpeechSection.Role.HEADING; next++) {
                if (plan.get(next).role() == SpeechSection.Role.CALLOUT) {
                    parts.add(new Id3Chapters.Chapter(plan.get(next).title(), starts.get(next),
                            end(audio, starts, next + 1)));
                }
            }
            chapters.add(new Id3Chapters.Chapter(plan.get(i).title(), starts.get(i), end(audio, starts, next), parts));
        }
        return chapters;
    }

    /** Where the part at {@code index} starts, or the end of the audio past the last part. */
    private static long end(SynthesizedGuide audio, List<Long> starts, int index) {
        return index < starts.size() ? starts.get(index) : audio.mp3Millis();
    }
}
