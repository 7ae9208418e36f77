package org.guidekit.serve;

import java.time.LocalDate;
import java.util.Optional;

import org.guidekit.model.Metadata;

/**
 * A guide's review as the workspace shows it: when and by whom it was signed off, whether its text changed since,
 * and whether it is a draft.
 */
record SignOff(Optional<LocalDate> reviewed, Optional<String> by, boolean changed, boolean draft) {
    /** For a guide that cannot be read: nothing known. */
    static final SignOff UNKNOWN = new SignOff(Optional.empty(), Optional.empty(), false, false);

    static SignOff of(Metadata m) {
        return new SignOff(m.reviewed(), m.reviewedBy(), m.changedSinceReview(), m.draft());
    }

    /** "changed since review", "reviewed 2026-12-07 by Dr. Ana Ruiz", "not reviewed"; drafts say so first. */
    String state() {
        String review = changed ? "changed since review" : reviewed.map(d -> "reviewed " + d
                + by.map(b -> " by " + b).orElse("")).orElse("not reviewed");
        return draft ? "draft, " + review : review;
    }
}
