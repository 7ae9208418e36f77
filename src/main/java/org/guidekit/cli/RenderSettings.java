package org.guidekit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

import org.guidekit.library.BuildSession;
import org.guidekit.library.GuideOutcome;
import org.guidekit.render.Paper;
import org.guidekit.render.Progress;
import org.guidekit.render.RenderOptions;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The rendering options {@code render} and {@code build} share (a picocli mixin), and the one run they both make
 * with them: open the {@link BuildSession} (which merges them with {@code guidekit.yaml}, as for the workspace),
 * render, then print each failure and the summary.
 */
final class RenderSettings {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", converter = FormatOption.Names.class,
            completionCandidates = FormatOption.Names.class,
            description = "Formats, comma-separated, from: ${COMPLETION-CANDIDATES} (default: the formats of "
                    + "guidekit.yaml, else every one but wav).")
    List<String> formats;

    @Option(names = "--paper", paramLabel = "PAPER", converter = PaperChoice.class,
            completionCandidates = PaperChoice.class,
            description = "Paper size, one of: ${COMPLETION-CANDIDATES} (default: from the guide's language region: "
                    + "US, Canada, Mexico and a few more -> letter, otherwise a4).")
    Paper paper;

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
     * Opens the session of content folder {@code root} and output folder {@code out} with these settings, renders
     * the guides {@code guides} picks (a library build, or named files), prints each failure and the summary, and
     * returns the exit code.
     */
    int renderAndReport(CommonOptions common, Path root, Path out,
                        BiFunction<BuildSession, ProgressBar, List<GuideOutcome>> guides) {
        long start = System.nanoTime();
        CommandLine cli = command.commandLine();
        checkRanges();
        ProgressBar bar = ProgressBar.forTerminal(cli.getErr(), common);
        List<GuideOutcome> outcomes;
        try (BuildSession session = BuildSession.open(root, out, choices(bar))) {
            outcomes = guides.apply(session, bar);
        }
        bar.finish();
        return ResultPrinter.print(outcomes, common, cli.getOut(), cli.getErr(), start);
    }

    /**
     * What was typed; an option not typed is left to the clinic's {@code guidekit.yaml}, else the default (the
     * session decides, as it does for the workspace).
     */
    private BuildSession.Choices choices(Progress progress) {
        return new BuildSession.Choices(formats == null ? List.of() : formats, Optional.ofNullable(paper),
                typed("--size") ? Optional.of(size) : Optional.empty(),
                typed("--rate") ? OptionalInt.of(rate) : OptionalInt.empty(), Optional.ofNullable(pitch),
                Optional.ofNullable(font), Optional.ofNullable(boldFont), zip, brailleGrade, brailleCells,
                brailleLines, progress);
    }

    private boolean typed(String option) {
        CommandLine.ParseResult given = command.commandLine().getParseResult();
        return given != null && given.hasMatchedOption(option);
    }

    private void checkRanges() {
        if (!(size >= 18 && size <= 48)) { // written so that NaN fails too
            throw usage("--size " + size + " is outside 18 to 48 points (18 is the large-print minimum)");
        }
        if (rate < 80 || rate > 300) {
            throw usage("--rate " + rate + " is outside 80 to 300 words per minute");
        }
        if (pitch != null && !(pitch >= 50 && pitch <= 300)) {
            throw usage("--pitch " + pitch + " is outside 50 to 300 Hz");
        }
        checkFont("--font", font);
        checkFont("--bold-font", boldFont);
        checkBraille();
    }

    private void checkBraille() {
        if (brailleGrade != 1 && brailleGrade != 2) {
            throw usage("--braille-grade " + brailleGrade + " is not a braille grade; choose 1 (uncontracted) "
                    + "or 2 (contracted)");
        }
        if (brailleCells < RenderOptions.MIN_BRAILLE_CELLS || brailleCells > RenderOptions.MAX_BRAILLE_CELLS) {
            throw usage("--braille-cells " + brailleCells + " is outside " + RenderOptions.MIN_BRAILLE_CELLS
                    + " to " + RenderOptions.MAX_BRAILLE_CELLS + " cells (embossers use 40, displays 20 to 80)");
        }
        if (brailleLines < RenderOptions.MIN_BRAILLE_LINES || brailleLines > RenderOptions.MAX_BRAILLE_LINES) {
            throw usage("--braille-lines " + brailleLines + " is outside " + RenderOptions.MIN_BRAILLE_LINES
                    + " to " + RenderOptions.MAX_BRAILLE_LINES + " lines (embossed paper has 25)");
        }
    }

    private void checkFont(String option, Path file) {
        if (file != null && !Files.isRegularFile(file)) {
            throw usage(option + " " + file + ": no such file; give the path of a .ttf font file");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }
}
