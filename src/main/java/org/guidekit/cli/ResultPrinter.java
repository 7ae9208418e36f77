package org.guidekit.cli;

import java.io.PrintWriter;
import java.util.List;

import org.guidekit.library.GuideOutcome;
import org.guidekit.library.GuideOutcome.Status;
import org.guidekit.error.ExitCode;
import org.guidekit.error.GuidekitException;

/**
 * Prints each failure and a summary table, and picks the exit code: the first failure's code, else 0 (so a
 * library with a broken guide exits 3 after building all the others).
 */
final class ResultPrinter {
    private ResultPrinter() {
    }

    static int print(List<GuideOutcome> outcomes, CommonOptions common, PrintWriter out, PrintWriter err,
                     long startNanos) {
        int code = ExitCode.OK;
        for (GuideOutcome o : outcomes) {
            if (o.failure().isPresent()) {
                GuidekitException e = o.failure().get();
                err.println(e.getMessage());
                o.notes().forEach(err::println); // e.g. the old version is still published: always shown
                if (common.verbose) {
                    e.printStackTrace(err);
                }
                code = code == ExitCode.OK ? e.exitCode() : code;
            } else if (common.verbose) {
                o.files().forEach(f -> out.println("wrote " + f));
            }
            if (!common.quiet && o.failure().isEmpty()) {
                o.notes().forEach(out::println);
            }
        }
        if (!common.quiet) {
            summary(outcomes, out, (System.nanoTime() - startNanos) / 1e9);
        }
        return code;
    }

    private static void summary(List<GuideOutcome> outcomes, PrintWriter out, double seconds) {
        int pages = outcomes.stream().mapToInt(GuideOutcome::pages).sum();
        double audio = outcomes.stream().mapToDouble(GuideOutcome::audioSeconds).sum();
        int files = outcomes.stream().mapToInt(o -> o.files().size()).sum();
        out.printf("%-20s %8d%n", "Guides rendered", count(outcomes, Status.RENDERED));
        out.printf("%-20s %8d%n", "Up to date, skipped", count(outcomes, Status.SKIPPED));
        out.printf("%-20s %8d%n", "Failed", count(outcomes, Status.FAILED));
        out.printf("%-20s %8d%n", "Files written", files);
        out.printf("%-20s %8d%n", "Pages", pages);
        out.printf("%-20s %8.1f min%n", "Audio", audio / 60);
        out.printf("%-20s %8.1f s%n", "Wall time", seconds);
    }

    private static long count(List<GuideOutcome> outcomes, Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
