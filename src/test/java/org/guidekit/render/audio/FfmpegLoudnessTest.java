package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.library.Renderers;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loudness and true peak of the finished files checked by an independent implementation, ffmpeg's EBU R128 meter
 * ({@code ebur128=peak=true}, 4x oversampled true peak), on the decoded MP3s: the chaptered MP3 and every DAISY
 * chapter of the sample guide that once reached +0.3 dBTP. Skipped, with the reason printed, without ffmpeg.
 */
class FfmpegLoudnessTest {
    private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[0-9.]+) LUFS");
    private static final Pattern TRUE_PEAK = Pattern.compile("True peak:\\s+Peak:\\s+(-?[0-9.]+|-inf) dBFS");

    @Test
    void everyMp3AndDaisyChapterIsAtTargetLoudnessAndAtMostMinusOneDbtp(@TempDir Path dir) throws Exception {
        if (!onPath("ffmpeg")) {
            String why = "ffmpeg is not installed (apt-get install -y ffmpeg; .ci/run does this)";
            System.out.println("FfmpegLoudnessTest skipped: " + why);
            Assumptions.abort(why);
        }
        Guide guide = MarkdownGuideReader.read(Fixtures.content("back-muscle-spasms.md"));
        try (Renderers renderers = Renderers.open()) { // one synthesis for both, as in a build
            renderers.byFormat("audio").orElseThrow().render(guide, RenderOptions.defaults(), dir);
            renderers.byFormat("daisy").orElseThrow().render(guide, RenderOptions.defaults(), dir);
        }
        List<Path> files = new ArrayList<>(List.of(dir.resolve("back-muscle-spasms.mp3")));
        try (Stream<Path> chapters = Files.list(dir.resolve("daisy"))) {
            files.addAll(chapters.filter(f -> f.toString().endsWith(".mp3")).sorted().toList());
        }
        for (Path f : files) {
            String report = ebur128(f);
            double loudness = number(INTEGRATED, report, f);
            double truePeak = number(TRUE_PEAK, report, f);
            assertEquals(Leveller.TARGET_LUFS, loudness, 1.0, f.getFileName() + " integrated loudness");
            assertTrue(truePeak <= -1.0, f.getFileName() + " true peak " + truePeak + " dBTP");
        }
    }

    private static String ebur128(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffmpeg", "-hide_banner", "-nostats", "-i", file.toString(), "-af",
                "ebur128=peak=true", "-f", "null", "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "ffmpeg failed on " + file + ":\n" + out);
        return out.substring(Math.max(0, out.lastIndexOf("Summary:")));
    }

    private static double number(Pattern p, String report, Path file) {
        Matcher m = p.matcher(report);
        assertTrue(m.find(), "no " + p + " in ffmpeg's summary for " + file + ":\n" + report);
        return m.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
