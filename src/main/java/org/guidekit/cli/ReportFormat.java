package org.guidekit.cli;

import java.util.List;

import org.guidekit.check.GuideReport;
import org.guidekit.check.JsonReport;
import org.guidekit.check.TextReport;

/** How {@code check --format} writes its findings: text for people, JSON for other tools. */
enum ReportFormat {
    TEXT, JSON;

    String write(List<GuideReport> reports, boolean quiet) {
        return this == JSON ? JsonReport.write(reports) : TextReport.write(reports, quiet);
    }

    /** {@code --format text|json}. */
    static final class Words extends Choice<ReportFormat> {
        Words() {
            super(lowerCaseNames(values()));
        }

        @Override
        String unknown(String typed) {
            return "--format \"" + typed + "\" is not a report format; choose " + alternatives();
        }
    }
}
