package org.guidekit.render.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the frames of an untagged MPEG audio layer III stream by walking its frame headers; with the samples per
 * frame this gives the exact playing time, which chapter and clip times are based on.
 */
final class Mp3Frames {
    private static final int[] BITRATES_V1 = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] BITRATES_V2 = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[][] RATES = {{11025, 12000, 8000}, {0, 0, 0}, {22050, 24000, 16000}, {44100, 48000, 32000}};

    private Mp3Frames() {
    }

    /** Frames in {@code file}. */
    public static int count(Path file) throws IOException {
        byte[] all;
        try (InputStream in = Files.newInputStream(file)) {
            all = in.readAllBytes();
        }
        int frames = 0;
        int pos = 0;
        while (pos + 4 <= all.length) {
            int length = frameLength(all, pos);
            if (length <= 0) {
                throw new IOException(file + ": not an MPEG audio frame at byte " + pos);
            }
            frames++;
            pos += length;
        }
        return frames;
    }

    /** Samples each frame holds for a sample rate: 1152 for MPEG-1 (32 kHz and up), 576 for MPEG-2/2.5. */
    public static int samplesPerFrame(int sampleRate) {
        return sampleRate >= 32000 ? 1152 : 576;
    }

    /** Length in bytes of the frame whose header starts at {@code b[p]}, or -1 if none does. */
    static int frameLength(byte[] b, int p) {
        int h = ((b[p] & 0xff) << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
        if ((h >>> 21) != 0x7ff || ((h >> 17) & 3) != 1) {
            return -1; // no sync word, or not layer III
        }
        int version = (h >> 19) & 3;
        int bitrateIndex = (h >> 12) & 15;
        int rateIndex = (h >> 10) & 3;
        if (version == 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return -1;
        }
        int bitrate = (version == 3 ? BITRATES_V1 : BITRATES_V2)[bitrateIndex] * 1000;
        int rate = RATES[version][rateIndex];
        int padding = (h >> 9) & 1;
        int coefficient = version == 3 ? 144 : 72;
        return coefficient * bitrate / rate + padding;
    }
}
