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

    /** The id of the note a non-English guide gets instead. */
    static final String LANGUAGE = "language";

    private GuideChecker() {
    }

    /** Checks a guide that was read into the model. */
    public static GuideReport check(Guide guide, CheckSettings settings) {
        return check(guide, List.of(), settings);
    }

    /**
     * Checks a guide the reader could build only in part: its problems (as {@link StructureFindings}) and every
     * rule's findings on the rest, in one report, so one structure error does not hide the content findings.
     */
    public static GuideReport check(Guide guide, List<Problem> readerProblems, CheckSettings settings) {
        CheckContext context = new CheckContext(guide, settings);
        List<Finding> found = new ArrayList<>();
        String language = java.util.Locale.forLanguageTag(guide.metadata().language()).getLanguage();
        boolean english = language.equals("en");
        boolean spanish = language.equals(SpanishReadability.LANGUAGE);
        for (Rule rule : Rules.all()) {
            if (rule.scope().applies(language)) { // each rule declares whether it is about English text or voice
                found.addAll(rule.check(context));
            }
        }
        if (!english) {
            // Only what check skipped: which editions a build makes is the renderers' to say (GuideCheck asks them).
            found.add(context.finding(LANGUAGE, Severity.INFO, 0, "the guide's language is "
                    + guide.metadata().language() + (spanish
                    ? ": readability is measured with the Spanish formulas (INFLESZ, Fernández-Huerta); the English "
                            + "reading grade and the English voice's word list do not apply, so those checks were skipped"
                    : ": the reading-grade formulas and the voice's word list are English only, so those checks were "
                            + "skipped"), ""));
        }
        found.addAll(StructureFindings.of(readerProblems));
        found.sort(ORDER);
        List<Sentence> sentences = context.sentences(context.text().units());
        ReadabilityScore score = spanish ? SpanishReadability.score(sentences) : ReadabilityScore.of(sentences);
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
