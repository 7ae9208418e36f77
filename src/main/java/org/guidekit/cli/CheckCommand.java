package org.guidekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.guidekit.check.CheckSettings;
import org.guidekit.check.GuideReport;
import org.guidekit.check.Severity;
import org.guidekit.error.ExitCode;
import org.guidekit.library.BuildContext;
import org.guidekit.library.BuildSession;
import org.guidekit.library.GuideFiles;
import org.guidekit.render.audio.FreeTtsLexicon;
import org.guidekit.render.audio.FreeTtsVoiceWords;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guidekit check PATH... [--format text|json] [--strict] [--target-grade N]}: reviews every guide for
 * structure, readability, accessibility, link safety and speech, writing nothing. Errors exit 3; warnings exit 0
 * unless {@code --strict}.
 */
@Command(name = "check",
        description = {"Check guides (files or folders) for structure, readability, accessibility, safe links and "
                + "speech, and report every finding as path:line: severity [rule] message; what to do. Writes nothing.",
            "Exit code 3 when there are errors (or warnings with --strict), else 0."})
final class CheckCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Guide files or folders of guides.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.Words.class,
            completionCandidates = ReportFormat.Words.class,
            description = "Report format, one of: ${COMPLETION-CANDIDATES}; text for people, json for other tools "
                    + "(default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--strict", description = "Fail (exit 3) on warnings too, not only on errors.")
    boolean strict;

    @Option(names = "--target-grade", paramLabel = "N",
            description = "Reading grade to aim for, 1 to 18; overrides each guide's target-grade (default: the "
                    + "guide's, else 8).")
    Integer targetGrade;

    /**
     * What the command line checks a guide outside any session with (an imported guide): the guide's own
     * settings, and speech as FreeTTS would say it (its dictionary, and the words it says for each printed element,
     * for the spoken-reading check).
     */
    static CheckSettings settings(OptionalInt targetGrade) {
        return new CheckSettings(targetGrade, Set.of(), Map.of(), Optional.of(FreeTtsLexicon.instance()),
                Map.of(), Optional.of(FreeTtsVoiceWords.instance()));
    }

    @Override
    public Integer call() {
        if (targetGrade != null && (targetGrade < 1 || targetGrade > 18)) {
            throw usage("--target-grade " + targetGrade + " is not a school grade; give a whole number from 1 to 18");
        }
        OptionalInt grade = targetGrade == null ? OptionalInt.empty() : OptionalInt.of(targetGrade);
        List<GuideReport> reports = new ArrayList<>();
        Map<Path, BuildSession> sessions = new HashMap<>(); // one per content folder, as a build would open
        try {
            for (Path file : GuideFiles.find(paths)) {
                reports.add(sessions.computeIfAbsent(BuildContext.rootOf(file), BuildSession::forReview)
                        .review(file, grade));
            }
        } finally {
            sessions.values().forEach(BuildSession::close);
        }
        PrintWriter out = out();
        out.print(format.write(reports, common().quiet));
        out.flush();
        return exitCode(reports);
    }

    private int exitCode(List<GuideReport> reports) {
        long errors = reports.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
        long warnings = reports.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
        return errors > 0 || (strict && warnings > 0) ? ExitCode.INVALID_CONTENT : ExitCode.OK;
    }
}
