package org.guidekit.check;

import java.util.List;

/**
 * A patient guide says when a clinician last reviewed it, so staff know when it is due again and readers can trust
 * it. (The date is not compared with today: checks give the same result on any day.)
 */
final class ReviewDateRule implements Rule {
    static final String ID = "review-date";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        if (context.guide().metadata().reviewed().isPresent()) {
            return List.of();
        }
        return List.of(context.finding(ID, Severity.WARNING, 1, "the guide has no review date",
                "after a clinician has reviewed it, add a line reviewed: YYYY-MM-DD to the front matter"));
    }
}
