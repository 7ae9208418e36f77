package org.guidekit.cli;

import java.io.PrintWriter;
import java.util.List;

import org.guidekit.build.GuideResult;
import org.guidekit.error.ExitCode;
import org.guidekit.error.GuidekitException;

/** Prints what happened to each guide and picks the exit code: the first failure's code, else 0. */
final class ResultPrinter {
    private ResultPrinter() {
    }

    static int print(List<GuideResult> results, CommonOptions common, PrintWriter out, PrintWriter err,
                     long startNanos) {
        int code = ExitCode.OK;
        int failed = 0;
        int files = 0;
        for (GuideResult r : results) {
            files += r.files().size();
            if (r.failure().isPresent()) {
                GuidekitException e = r.failure().get();
                err.println(e.getMessage());
                if (common.verbose) {
                    e.printStackTrace(err);
                }
                failed++;
                code = code == ExitCode.OK ? e.exitCode() : code;
            } else if (common.verbose) {
                r.files().forEach(f -> out.println("wrote " + f));
            }
        }
        if (!common.quiet) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            out.printf("%s rendered, %d failed; %s written in %.1f s.%n",
                    Plural.of(results.size() - failed, "guide"), failed, Plural.of(files, "file"), seconds);
        }
        return code;
    }
}
