package org.guidekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.guidekit.build.GuideCheck;
import org.guidekit.build.GuideFiles;
import org.guidekit.error.ExitCode;
import org.guidekit.error.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guidekit check PATH...}: reads every guide and reports every problem, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check guides (files or folders) and report every problem. Writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Guide files or folders of guides.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = GuideFiles.find(paths);
        int bad = 0;
        for (Path file : files) {
            List<Problem> problems = GuideCheck.check(file);
            problems.forEach(out::println);
            if (!problems.isEmpty()) {
                bad++;
            } else if (common.verbose) {
                out.println(file + ": ok");
            }
        }
        if (!common.quiet) {
            out.println(Plural.of(files.size(), "guide") + " checked: "
                    + (bad == 0 ? "no problems." : bad + " with problems."));
        }
        return bad == 0 ? ExitCode.OK : ExitCode.INVALID_CONTENT;
    }
}
