package org.guidekit.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.guidekit.render.audio.Mp3Encoder;

/**
 * Encodes one levelled WAV (16-bit mono, as {@code render --format wav} writes it) at several LAME qualities and
 * writes each MP3 with its encoding CPU time; {@code bench/audio/quality.sh} decodes them and measures how far
 * each is from the WAV. Not a test.
 *
 * <p>Usage: {@code Mp3QualityBench WAV OUT_FOLDER ROUNDS QUALITY...}
 */
public final class Mp3QualityBench {
    private Mp3QualityBench() {
    }

    public static void main(String[] args) throws Exception {
        byte[] wav = Files.readAllBytes(Path.of(args[0]));
        Path out = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int rate = header.getInt(24);
        var pcm = ByteBuffer.wrap(wav, 44, wav.length - 44).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        short[] samples = new short[pcm.remaining()];
        pcm.get(samples);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Files.createDirectories(out);
        for (int a = 3; a < args.length; a++) {
            int quality = Integer.parseInt(args[a]);
            long[] cpu = new long[rounds];
            byte[] mp3 = null;
            for (int r = 0; r < rounds; r++) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                long start = threads.getCurrentThreadCpuTime();
                Mp3Encoder.encode(samples, samples.length, rate, quality, bytes);
                cpu[r] = threads.getCurrentThreadCpuTime() - start;
                mp3 = bytes.toByteArray();
            }
            Arrays.sort(cpu);
            Files.write(out.resolve("q" + quality + ".mp3"), mp3);
            System.out.printf("q%d %.0f ms%n", quality, cpu[rounds / 2] / 1e6);
        }
    }
}
