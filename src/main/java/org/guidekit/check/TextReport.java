package org.guidekit.check;

import java.util.List;

/**
 * The report for people: per guide a readability line, then one line per finding,
 * {@code path:line: warning [rule-id] message; what to do}, and a total at the end.
 */
public final class TextReport {
    private TextReport() {
    }

    /** The report; with {@code quiet} only error findings are listed, without summary lines. */
    public static String write(List<GuideReport> reports, boolean quiet) {
        StringBuilder out = new StringBuilder();
        for (GuideReport r : reports) {
            if (!quiet) {
                out.append(summary(r)).append('\n');
            }
            for (Finding f : r.findings()) {
                if (!quiet || f.severity() == Severity.ERROR) {
                    out.append(f).append('\n');
                }
            }
        }
        if (!quiet) {
            out.append(total(reports)).append('\n');
        }
        return out.toString();
    }

    /** "content/back.md: reading grade 7.8 (SMOG; Flesch-Kincaid 5.9), target 8; 612 words, 58 sentences". */
    static String summary(GuideReport r) {
        if (r.readability().isEmpty()) {
            return r.file() + ": cannot be read into a guide until the errors below are fixed";
        }
        ReadabilityScore s = r.readability().get();
        if (s.spanish()) {
            return r.file() + ": Spanish readability " + SpanishReadability.scores(s) + ", aim "
                    + SpanishReadability.format(SpanishReadability.NORMAL) + " or more; " + plural(s.words(), "word")
                    + ", " + plural(s.sentences(), "sentence");
        }
        if (r.findings().stream().anyMatch(f -> f.rule().equals(GuideChecker.LANGUAGE))) {
            // The formulas are English; a grade for other text would mislead.
            return r.file() + ": reading grade not measured (not English); " + plural(s.words(), "word") + ", "
                    + plural(s.sentences(), "sentence");
        }
        return r.file() + ": reading grade " + ReadingGradeRule.grades(s) + ", target " + r.targetGrade() + "; "
                + plural(s.words(), "word") + ", " + plural(s.sentences(), "sentence");
    }

    static String total(List<GuideReport> reports) {
        long errors = reports.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
        long warnings = reports.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
        long info = reports.stream().mapToLong(r -> r.count(Severity.INFO)).sum();
        return plural(reports.size(), "guide") + " checked: " + plural(errors, "error") + ", "
                + plural(warnings, "warning") + ", " + info + " info.";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
