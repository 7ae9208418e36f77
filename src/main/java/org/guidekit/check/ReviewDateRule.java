package org.guidekit.check;

import java.util.List;

/**
 * A patient guide says when a clinician last reviewed it, so staff know when it is due again and readers can trust
 * it; and a guide edited after its sign-off says so until it is reviewed again, since its printed "Reviewed ..." no
 * longer vouches for its text. (The date is not compared with today: checks give the same result on any day.)
 */
final class ReviewDateRule implements Rule {
    static final String ID = "review-date";
    static final String CHANGED = "changed-since-review";

    @Override
    public List<String> ids() {
        return List.of(ID, CHANGED);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        var m = context.guide().metadata();
        if (m.changedSinceReview()) {
            int line = m.line("reviewed-version") > 0 ? m.line("reviewed-version") : 1;
            return List.of(context.finding(CHANGED, Severity.WARNING, line, "the guide was changed after its review"
                    + m.reviewed().map(d -> " of " + d).orElse("") + m.reviewedBy().map(r -> " by " + r).orElse(""),
                    "ask a clinician to review it again (in the workspace: Mark as reviewed); until then its "
                            + "handout still says when it was last reviewed"));
        }
        if (m.reviewed().isPresent()) {
            return List.of();
        }
        return List.of(context.finding(ID, Severity.WARNING, 1, "the guide has no review date",
                "after a clinician has reviewed it, add a line reviewed: YYYY-MM-DD to the front matter"));
    }
}
