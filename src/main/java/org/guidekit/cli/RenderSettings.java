package org.guidekit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.guidekit.render.Paper;
import org.guidekit.render.Progress;
import org.guidekit.render.RenderOptions;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The rendering options {@code render} and {@code build} share (a picocli mixin). */
final class RenderSettings {
    @Option(names = "--paper", paramLabel = "letter|a4",
            description = "Paper size (default: from the guide's language region: US, Canada, Mexico and a few "
                    + "more -> letter, otherwise a4).")
    String paper;

    @Option(names = "--size", paramLabel = "PT", defaultValue = "18",
            description = "Body text size in points, 18 to 48 (default: ${DEFAULT-VALUE}).")
    float size;

    @Option(names = "--font", paramLabel = "TTF", description = "TrueType font for the handout's text.")
    Path font;

    @Option(names = "--bold-font", paramLabel = "TTF", description = "Bold TrueType font to go with --font.")
    Path boldFont;

    @Option(names = "--rate", paramLabel = "WPM", defaultValue = "155",
            description = "Speaking rate in words per minute, 80 to 300 (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--pitch", paramLabel = "HZ", description = "Voice pitch in Hz (default: the voice's own).")
    Float pitch;

    @Option(names = "--zip", description = "Also pack the DAISY book into a .zip file.")
    boolean zip;

    RenderOptions toOptions(CommandSpec spec, Progress progress) {
        if (!(size >= 18 && size <= 48)) { // written so that NaN fails too
            throw usage(spec, "--size " + size + " is outside 18 to 48 points (18 is the large-print minimum)");
        }
        if (rate < 80 || rate > 300) {
            throw usage(spec, "--rate " + rate + " is outside 80 to 300 words per minute");
        }
        if (pitch != null && !(pitch >= 50 && pitch <= 300)) {
            throw usage(spec, "--pitch " + pitch + " is outside 50 to 300 Hz");
        }
        checkFont(spec, "--font", font);
        checkFont(spec, "--bold-font", boldFont);
        return new RenderOptions(paper(spec), size, Optional.ofNullable(font), Optional.ofNullable(boldFont), rate,
                Optional.ofNullable(pitch), Map.of(), zip, progress);
    }

    private Optional<Paper> paper(CommandSpec spec) {
        if (paper == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Paper.valueOf(paper.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw usage(spec, "--paper \"" + paper + "\" is not a paper size; choose letter or a4");
        }
    }

    private static void checkFont(CommandSpec spec, String option, Path file) {
        if (file != null && !Files.isRegularFile(file)) {
            throw usage(spec, option + " " + file + ": no such file; give the path of a .ttf font file");
        }
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
