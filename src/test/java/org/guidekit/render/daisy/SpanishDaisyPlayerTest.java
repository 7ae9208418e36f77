package org.guidekit.render.daisy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27: a Spanish leaflet's DAISY book, spoken by espeak-ng at 22,050 Hz, is a valid book and plays from its
 * first clip to its last on daisy-player (run headless, see {@link HeadlessDaisyPlayer}). Skipped, with the reason
 * printed, where espeak-ng or the player is missing.
 */
@Order(1) // slow: starts first (junit-platform.properties)
class SpanishDaisyPlayerTest {
    private static final Pattern CLIP = Pattern.compile("clip-begin=\"npt=([0-9.]+)s\" clip-end=\"npt=([0-9.]+)s\"");
    @TempDir
    Path out;

    /**
     * An MPEG-2 layer III file's length from its frames (after an ID3 tag, less the silent first frame): mp3agic's
     * length stops after a few frames of a 22,050 Hz stream whose frames alternate in size (padding), which ffmpeg
     * and daisy-player read to the end.
     */
    static long mp3Millis(Path file) {
        try {
            byte[] b = Files.readAllBytes(file);
            boolean tagged = b.length > 10 && b[0] == 'I' && b[1] == 'D' && b[2] == '3';
            int at = tagged ? 10 + ((b[6] & 0x7f) << 21 | (b[7] & 0x7f) << 14 | (b[8] & 0x7f) << 7 | (b[9] & 0x7f))
                    : 0;
            int[] kbps = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
            int[] rates = {22050, 24000, 16000};
            long frames = 0;
            int rate = 0;
            while (at + 4 <= b.length) {
                int h = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
                assertEquals(0x7ff, h >>> 21, "an MPEG frame header at byte " + at + " of " + file);
                rate = rates[h >> 10 & 3];
                at += 72 * kbps[h >> 12 & 15] * 1000 / rate + (h >> 9 & 1);
                frames++;
            }
            return (frames - 1) * 576 * 1000 / rate;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSpanishBookIsValidAndPlaysEveryClip() throws Exception {
        Guide guide = MarkdownGuideReader.read(Path.of("src/test/resources/corpus/es/dejelo-ya.md"));
        DaisyRenderer renderer = new DaisyRenderer();
        renderer.unsupported(guide).ifPresent(why -> {
            System.out.println("SpanishDaisyPlayerTest skipped: " + why);
            Assumptions.abort(why);
        });
        renderer.render(guide, RenderOptions.defaults(), out.resolve("guide"));
        Path book = out.resolve("guide").resolve("daisy");
        assertEquals(List.of(), DaisyBookCheck.problems(book, SpanishDaisyPlayerTest::mp3Millis));
        HeadlessDaisyPlayer.missing().ifPresent(why -> {
            System.out.println("SpanishDaisyPlayerTest: the player part skipped: " + why);
            Assumptions.abort(why);
        });
        int clips = 0;
        try (Stream<Path> files = Files.list(book)) {
            for (Path smil : files.filter(p -> p.toString().endsWith(".smil")).toList()) {
                Matcher m = CLIP.matcher(Files.readString(smil));
                while (m.find()) {
                    clips++;
                }
            }
        }
        HeadlessDaisyPlayer.Playback played = new HeadlessDaisyPlayer(Files.createTempDirectory(out, "player-"))
                .play(book);
        assertTrue(clips > 10, clips + " clips");
        assertEquals(clips, played.clips().size(), "one played clip per SMIL par: " + played.clips());
    }
}
