package org.guidekit.render.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Xing "Info" frame that LAME puts first in a constant-bitrate MP3: a silent MPEG frame saying how many frames
 * and bytes follow, so players show the right length at once instead of estimating it from the file size (which the
 * ID3 tag throws off). Written by hand: jump3r can write it only for one encoder run, and the chaptered MP3 joins
 * one run per section; mp3agic reads such frames but does not write them. No LAME extension (encoder delay) is
 * written: decoders that honour it would trim the start and every chapter and caption time would shift.
 */
final class XingInfoFrame {
    private XingInfoFrame() {
    }

    /**
     * The Info frame for a stream whose first frame starts {@code firstAudio} and that holds {@code frames} audio
     * frames in {@code audioBytes} bytes; it has the same header (bitrate, rate, mode) as that frame.
     */
    static byte[] of(Path firstAudio, long frames, long audioBytes) throws IOException {
        byte[] header = new byte[4];
        try (InputStream in = Files.newInputStream(firstAudio)) {
            if (in.readNBytes(header, 0, 4) != 4) {
                throw new IOException(firstAudio + ": no MPEG frame to copy");
            }
        }
        header[2] &= ~0x02; // no padding byte
        int length = Mp3Frames.frameLength(header, 0);
        if (length <= 0 || (header[1] & 0x01) == 0) {
            throw new IOException(firstAudio + ": not an unprotected MPEG layer III frame");
        }
        boolean mpeg1 = ((header[1] >> 3) & 3) == 3;
        boolean mono = ((header[3] >> 6) & 3) == 3;
        int sideInfo = mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
        ByteBuffer frame = ByteBuffer.allocate(length); // zeros: silent side info and main data
        frame.put(header).position(4 + sideInfo);
        frame.put("Info".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        frame.putInt(0x7); // frames, bytes and TOC present
        frame.putInt((int) frames);
        frame.putInt((int) (audioBytes + length));
        for (int i = 0; i < 100; i++) { // constant bitrate: byte position grows evenly with time
            frame.put((byte) (i * 256 / 100));
        }
        return frame.array();
    }
}
