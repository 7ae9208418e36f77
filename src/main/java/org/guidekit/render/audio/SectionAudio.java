package org.guidekit.render.audio;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.guidekit.render.speech.SpeechSection;

/**
 * One chapter's finished audio, on disk in the synthesis work folder.
 *
 * @param index      0-based position in the guide (0 is the opening)
 * @param section    what was said
 * @param fileStem   a flat ASCII file name without extension, e.g. {@code 02-step-1-use-cold-then-heat}
 * @param sampleRate samples per second
 * @param samples    length of the PCM audio in samples
 * @param mp3        the section as a tag-less CBR mono MP3; empty when only raw samples were asked for (WAV)
 * @param mp3Frames  MPEG frames in {@code mp3} (its exact playing time); 0 without an MP3
 * @param pcm        raw 16-bit little-endian samples, when asked for (WAV output)
 * @param spans      where each utterance sits, in order
 * @param loudness   integrated loudness after levelling, LUFS
 * @param levels     peak and clipping after levelling
 */
public record SectionAudio(int index, SpeechSection section, String fileStem, int sampleRate, long samples,
                           Optional<Path> mp3, int mp3Frames, Optional<Path> pcm, List<UtteranceSpan> spans, double loudness,
                           Levels levels) {
    public SectionAudio {
        spans = List.copyOf(spans);
    }

    /** Playing time of the PCM audio in milliseconds. */
    public long pcmMillis() {
        return samples * 1000 / sampleRate;
    }

    /** Playing time of the section's MP3 in milliseconds (a little longer than the PCM: encoder delay, padding). */
    public long mp3Millis() {
        return (long) mp3Frames * Mp3Frames.samplesPerFrame(sampleRate) * 1000 / sampleRate;
    }
}
