package org.guidekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.guidekit.library.GuideCheck;
import org.guidekit.check.Finding;
import org.guidekit.check.GuideReport;
import org.guidekit.check.Severity;
import org.guidekit.error.ExitCode;
import org.guidekit.importer.ImportedGuide;
import org.guidekit.importer.WordImporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code guidekit import FILE.docx [--out content] [--force] [--name NAME]}: converts a Word leaflet into
 * {@code <out>/<name>.md} and {@code <out>/images/<name>-N.png}, then checks the new guide and prints what is left
 * to fix. Exit 0 when imported (even with findings), 3 for a file that is not a usable .docx, 5 for I/O, 2 when the
 * guide exists and {@code --force} was not given.
 */
@Command(name = "import",
        description = {"Import a Word leaflet (.docx) as a guide: writes OUT/<name>.md and its pictures in "
                + "OUT/images/, then checks it and prints the findings.",
            "Exit code 0 when imported (read the findings), 3 when the file is not a usable .docx, 2 when the guide "
                + "already exists (use --force)."})
final class ImportCommand extends Subcommand {
    @Parameters(paramLabel = "FILE.docx", description = "The Word document to import.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "content",
            description = "Folder of guides to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Replace a guide (and its pictures) of the same name.")
    boolean force;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The guide's file name without .md (default: made from the title), e.g. back-care.")
    String name;

    @Override
    public Integer call() {
        if (name != null && !WordImporter.validName(name)) {
            throw usage("--name \"" + name + "\" cannot name a guide; use lower-case letters and digits joined by "
                    + "hyphens, e.g. back-care");
        }
        ImportedGuide guide = WordImporter.read(file, name);
        List<Path> existing = guide.existing(out);
        if (!existing.isEmpty() && !force) {
            throw usage(existing.get(0) + " already exists"
                    + (existing.size() > 1 ? " (and " + (existing.size() - 1) + " more files)" : "")
                    + "; nothing was written: add --force to replace it, or --name NAME to import under another name");
        }
        Path md = guide.write(out);
        PrintWriter o = out();
        int n = guide.pictures().size();
        boolean quiet = common().quiet;
        if (!quiet) {
            o.println("Imported " + file + " as " + md + (n == 0 ? "" : " with " + n + (n == 1 ? " picture" : " pictures")
                    + " in " + out.resolve("images")) + ".");
        }
        for (Finding f : guide.findings(md)) {
            if (!quiet || f.severity() == Severity.ERROR) {
                o.println(f);
            }
        }
        GuideReport report = GuideCheck.review(md, CheckCommand.settings(OptionalInt.empty()));
        o.print(ReportFormat.TEXT.write(List.of(report), quiet));
        o.flush();
        return ExitCode.OK;
    }
}
