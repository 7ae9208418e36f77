package org.guidekit.check;

import java.util.List;
import java.util.Optional;

/**
 * The result of checking one guide file.
 *
 * @param file        the file as the user named it
 * @param findings    what was found, by line
 * @param readability the guide's readability; empty when the file could not be read into the model
 * @param targetGrade the grade the guide was compared with
 */
public record GuideReport(String file, List<Finding> findings, Optional<ReadabilityScore> readability,
                          int targetGrade) {
    public GuideReport {
        findings = List.copyOf(findings);
    }

    /** Number of findings of one severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
