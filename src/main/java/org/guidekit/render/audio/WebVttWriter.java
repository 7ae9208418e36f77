package org.guidekit.render.audio;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.guidekit.render.AtomicOutput;

/** WebVTT captions: one cue per utterance, with its real timing in the audio file. */
public final class WebVttWriter {
    private WebVttWriter() {
    }

    /** The captions as text. */
    public static String captions(AudioClipMap clips) {
        StringBuilder sb = new StringBuilder("WEBVTT\n");
        int n = 1;
        for (AudioClipMap.Clip c : clips.clips()) {
            sb.append('\n').append(n++).append('\n')
                    .append(time(c.beginMs())).append(" --> ").append(time(c.endMs())).append('\n')
                    .append(c.text()).append('\n');
        }
        return sb.toString();
    }

    /** Writes {@code target} atomically. */
    public static Path write(AudioClipMap clips, Path target) {
        byte[] bytes = captions(clips).getBytes(StandardCharsets.UTF_8);
        return AtomicOutput.write(target, out -> out.write(bytes));
    }

    static String time(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }
}
