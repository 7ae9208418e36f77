package org.guidekit.render.audio;

import java.io.IOException;
import java.io.OutputStream;

import javax.sound.sampled.AudioFormat;

import de.sciss.jump3r.lowlevel.LameEncoder;

/**
 * Constant-bitrate mono MP3 with jump3r (a pure-Java LAME port), fed in chunks so that no more than one chunk of
 * encoded bytes is held at a time. DAISY players and screen-reader audio players need CBR for exact seeking.
 * The only class that uses jump3r.
 */
public final class Mp3Encoder {
    /** 48 kbit/s is clear speech at 16 kHz and small enough for phones (about 43 MB for two hours). */
    public static final int BITRATE_KBPS = 48;
    /**
     * LAME quality 9, the fastest: half the encoding CPU of 7 (258 against 507 ms for 272 s of speech) and a fifth
     * of the default 5's, and by the listening proxy as close to the WAV as 5 and 7 are: log-spectral distance
     * 1.32 dB (7: 1.17, 5: 1.49, 2: 1.83), SNR 25.0 dB (7: 24.8, 5: 22.0). Measured with bench/audio/quality.sh,
     * results in bench/audio/RESULTS.md. The proxy is no perceptual model; a listening panel could still prefer 7.
     */
    static final int QUALITY = LameEncoder.QUALITY_LOWEST;

    /** What of the encoder decides the bytes, for fingerprints and the section cache. */
    static String settings() {
        return "CBR " + BITRATE_KBPS + " kbit/s mono, LAME quality " + QUALITY;
    }
    /**
     * Samples a decoder outputs before the first real sample: LAME's encoder delay (576) plus the usual decoder
     * delay (529). Timings in an MP3 are shifted by this much.
     */
    public static final int DECODER_DELAY_SAMPLES = 576 + 529;

    private Mp3Encoder() {
    }

    /**
     * LAME measures ReplayGain (and may decode its own frames for the peak) only to fill its VBR/Info tag, which
     * guidekit does not take from it: it levels loudness itself and writes its own Info frame. That analysis was
     * a fifth of all CPU in a library build and a third of encoding (bench/RESULTS.md); the frames are byte for
     * byte the same without it. jump3r offers no switch before it initialises, so it is turned off on the
     * encoder's internal flags; should a jump3r version lack the field, encoding simply stays slower.
     */
    static void skipGainAnalysis(LameEncoder lame) {
        try {
            java.lang.reflect.Field field = LameEncoder.class.getDeclaredField("gfp");
            field.setAccessible(true);
            de.sciss.jump3r.mp3.LameInternalFlags flags =
                    ((de.sciss.jump3r.mp3.LameGlobalFlags) field.get(lame)).internal_flags;
            flags.findReplayGain = false;
            flags.decode_on_the_fly = false;
            flags.findPeakSample = false;
        } catch (ReflectiveOperationException | RuntimeException e) {
            // same audio, only slower
        }
    }

    /**
     * Encodes {@code samples[0..length)} as a complete MP3 stream (no tags) into {@code out}.
     *
     * @return bytes written
     */
    public static long encode(short[] samples, int length, int sampleRate, OutputStream out) throws IOException {
        return encode(samples, length, sampleRate, QUALITY, out);
    }

    /**
     * As {@link #encode(short[], int, int, OutputStream)} at LAME quality {@code quality} (0 best and slowest, 9
     * fastest): for the benchmark that chose {@link #QUALITY} (bench/audio/quality.sh).
     */
    public static long encode(short[] samples, int length, int sampleRate, int quality, OutputStream out)
            throws IOException {
        AudioFormat pcm = new AudioFormat(sampleRate, 16, 1, true, false);
        LameEncoder lame = new LameEncoder(pcm, BITRATE_KBPS, LameEncoder.CHANNEL_MODE_MONO, quality, false);
        skipGainAnalysis(lame);
        try {
            int chunk = lame.getPCMBufferSize();
            byte[] in = new byte[chunk];
            byte[] mp3 = new byte[lame.getMP3BufferSize()];
            long written = 0;
            for (int start = 0; start < length; start += chunk / 2) {
                int n = Math.min(chunk / 2, length - start);
                for (int i = 0; i < n; i++) {
                    short s = samples[start + i];
                    in[2 * i] = (byte) s;
                    in[2 * i + 1] = (byte) (s >> 8);
                }
                int bytes = lame.encodeBuffer(in, 0, 2 * n, mp3);
                out.write(mp3, 0, bytes);
                written += bytes;
            }
            int tail = lame.encodeFinish(mp3);
            out.write(mp3, 0, tail);
            return written + tail;
        } finally {
            lame.close();
        }
    }
}
