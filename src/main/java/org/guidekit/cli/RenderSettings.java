package org.guidekit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.guidekit.read.Settings;
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

    @Option(names = "--braille-grade", paramLabel = "1|2", defaultValue = "2",
            description = "Braille grade: 2 contracted, 1 uncontracted (default: ${DEFAULT-VALUE}).")
    int brailleGrade;

    @Option(names = "--braille-cells", paramLabel = "N", defaultValue = "40",
            description = "Braille cells per line, 16 to 100 (default: ${DEFAULT-VALUE}).")
    int brailleCells;

    @Option(names = "--braille-lines", paramLabel = "N", defaultValue = "25",
            description = "Braille lines per page, 5 to 100 (default: ${DEFAULT-VALUE}).")
    int brailleLines;

    /**
     * The options, each taken from the command line when given there, else from the clinic's {@code guidekit.yaml}
     * (already checked by its reader), else the default.
     */
    RenderOptions toOptions(CommandSpec spec, Progress progress, Settings file) {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (given == null || !given.hasMatchedOption("--size")) {
            file.size().ifPresent(v -> size = v);
        }
        if (given == null || !given.hasMatchedOption("--paper")) {
            file.paper().ifPresent(v -> paper = v);
        }
        if (given == null || !given.hasMatchedOption("--rate")) {
            file.rate().ifPresent(v -> rate = v);
        }
        if (given == null || !given.hasMatchedOption("--pitch")) {
            file.pitch().ifPresent(v -> pitch = v);
        }
        return toOptions(spec, progress);
    }

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
        checkBraille(spec);
        return new RenderOptions(paper(spec), size, Optional.ofNullable(font), Optional.ofNullable(boldFont), rate,
                Optional.ofNullable(pitch), Map.of(), zip, progress, brailleGrade, brailleCells, brailleLines);
    }

    private void checkBraille(CommandSpec spec) {
        if (brailleGrade != 1 && brailleGrade != 2) {
            throw usage(spec, "--braille-grade " + brailleGrade + " is not a braille grade; choose 1 (uncontracted) "
                    + "or 2 (contracted)");
        }
        if (brailleCells < RenderOptions.MIN_BRAILLE_CELLS || brailleCells > RenderOptions.MAX_BRAILLE_CELLS) {
            throw usage(spec, "--braille-cells " + brailleCells + " is outside " + RenderOptions.MIN_BRAILLE_CELLS
                    + " to " + RenderOptions.MAX_BRAILLE_CELLS + " cells (embossers use 40, displays 20 to 80)");
        }
        if (brailleLines < RenderOptions.MIN_BRAILLE_LINES || brailleLines > RenderOptions.MAX_BRAILLE_LINES) {
            throw usage(spec, "--braille-lines " + brailleLines + " is outside " + RenderOptions.MIN_BRAILLE_LINES
                    + " to " + RenderOptions.MAX_BRAILLE_LINES + " lines (embossed paper has 25)");
        }
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
