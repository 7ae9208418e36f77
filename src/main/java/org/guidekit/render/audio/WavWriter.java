package org.guidekit.render.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.guidekit.render.AtomicOutput;

/** Writes the guide as one 16-bit mono PCM WAV file, streamed section by section from the work folder. */
final class WavWriter {
    private WavWriter() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws IllegalStateException if the guide was synthesised without PCM
     */
    public static Path write(SynthesizedGuide audio, Path target) {
        long samples = audio.sections().stream().mapToLong(SectionAudio::samples).sum();
        return AtomicOutput.write(target, out -> {
            header(out, audio.sampleRate(), samples);
            for (SectionAudio s : audio.sections()) {
                Files.copy(s.pcm().orElseThrow(() -> new IllegalStateException("synthesised without PCM")), out);
            }
        });
    }

    private static void header(OutputStream out, int rate, long samples) throws IOException {
        long data = samples * 2;
        if (data + 36 > 0xffffffffL) {
            throw new IOException("audio too long for a WAV file (over 4 GB); use the MP3");
        }
        out.write(new byte[] {'R', 'I', 'F', 'F'});
        int32(out, 36 + data);
        out.write(new byte[] {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '});
        int32(out, 16);
        int16(out, 1); // PCM
        int16(out, 1); // mono
        int32(out, rate);
        int32(out, rate * 2L);
        int16(out, 2);
        int16(out, 16);
        out.write(new byte[] {'d', 'a', 't', 'a'});
        int32(out, data);
    }

    private static void int32(OutputStream out, long v) throws IOException {
        int16(out, (int) (v & 0xffff));
        int16(out, (int) ((v >>> 16) & 0xffff));
    }

    private static void int16(OutputStream out, int v) throws IOException {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
    }
}
