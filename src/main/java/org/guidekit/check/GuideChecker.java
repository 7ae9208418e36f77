package org.guidekit.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.guidekit.error.Problem;
import org.guidekit.model.Guide;

/**
 * Runs every rule over a guide.
 *
 * <pre>{@code GuideReport report = GuideChecker.check(guide, CheckSettings.defaults());}</pre>
 */
public final class GuideChecker {
    /** By line, then errors before warnings before info, then rule id: a stable order for golden reports. */
    static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    private GuideChecker() {
    }

    /** Checks a guide that was read into the model. */
    public static GuideReport check(Guide guide, CheckSettings settings) {
        CheckContext context = new CheckContext(guide, settings);
        List<Finding> found = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            found.addAll(rule.check(context));
        }
        found.sort(ORDER);
        ReadabilityScore score = ReadabilityScore.of(Readability.sentences(context.text().units()));
        return new GuideReport(guide.source(), found, Optional.of(score), context.targetGrade());
    }

    /** The report of a file that could not be read: its structure problems, no readability. */
    public static GuideReport unreadable(String file, List<Problem> problems, CheckSettings settings) {
        List<Finding> found = new ArrayList<>(StructureFindings.of(problems));
        found.sort(ORDER);
        return new GuideReport(file, found, Optional.empty(),
                settings.targetGrade().orElse(CheckSettings.DEFAULT_TARGET_GRADE));
    }
}
