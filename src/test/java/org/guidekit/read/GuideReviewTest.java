package org.guidekit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.guidekit.error.ContentException;
import org.guidekit.model.Metadata;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinician's sign-off kept in the guide's front matter, and a guide changed since it. */
class GuideReviewTest {
    private static final String GUIDE = "---\ntitle: Using your inhaler\n# a note for staff\nreviewed: 2025-03-01\n"
            + "organization: Northside Lung and Allergy Clinic\n---\nShake the inhaler. Breathe out.\n\n"
            + "## When to get help\n\nCall 911 if your lips turn blue.\n";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    private Metadata read(String text) {
        return MarkdownGuideReader.read(Fixtures.write(dir, "inhaler.md", text)).metadata();
    }

    @Test
    void signingOffWritesDateNameAndVersionAndLeavesTheRestAsItWas() {
        String signed = GuideReview.signOff(GUIDE, "inhaler.md", DAY, "  Dr. Ana \"Ani\" Ruiz ");
        assertTrue(signed.startsWith("---\ntitle: Using your inhaler\n# a note for staff\norganization: Northside Lung "
                + "and Allergy Clinic\nreviewed: 2026-12-07\nreviewed-by: \"Dr. Ana \\\"Ani\\\" Ruiz\"\n"
                + "reviewed-version: "), signed);
        assertTrue(signed.endsWith("---\nShake the inhaler. Breathe out.\n\n## When to get help\n\nCall 911 if your lips "
                + "turn blue.\n"), signed);
        Metadata m = read(signed);
        assertEquals(Optional.of(DAY), m.reviewed());
        assertEquals(Optional.of("Dr. Ana \"Ani\" Ruiz"), m.reviewedBy());
        assertFalse(m.changedSinceReview());
        // signing again replaces the lines instead of adding more
        String again = GuideReview.signOff(signed, "inhaler.md", DAY.plusDays(1), "Sam Lee, RN");
        assertEquals(1, again.lines().filter(l -> l.startsWith("reviewed:")).count());
        assertEquals(Optional.of("Sam Lee, RN"), read(again).reviewedBy());
    }

    @Test
    void anEditAfterTheReviewIsSeenAndAReviewOnlyEditIsNot() {
        String signed = GuideReview.signOff(GUIDE, "inhaler.md", DAY, "Dr. Ana Ruiz");
        assertTrue(read(signed.replace("Breathe out.", "Breathe out fully.")).changedSinceReview());
        assertTrue(read(signed.replace("organization: Northside", "organization: Southside")).changedSinceReview());
        // the date typed by hand, or line ends from another editor, are not a change of the text
        assertFalse(read(signed.replace("reviewed: 2026-12-07", "reviewed: 2026-12-08")).changedSinceReview());
        assertFalse(read(signed.replace("\n", "\r\n")).changedSinceReview());
        // a guide with a hand-written review date and no version is trusted as it is
        assertFalse(read(GUIDE).changedSinceReview());
    }

    @Test
    void aNameMustBeGivenOnOneShortLine() {
        for (String bad : new String[] {"", "   ", "Dr. Ruiz\nreviewed: 2030-01-01", "x".repeat(81)}) {
            assertThrows(ContentException.class, () -> GuideReview.signOff(GUIDE, "inhaler.md", DAY, bad), bad);
        }
        assertThrows(ContentException.class, () -> GuideReview.signOff("no front matter\n", "inhaler.md", DAY, "A"));
    }

    @Test
    void draftIsYesOrNo() {
        assertTrue(read(GUIDE.replace("---\nShake", "draft: yes\n---\nShake")).draft());
        assertFalse(read(GUIDE).draft());
        ContentException e = assertThrows(ContentException.class, () -> read(GUIDE.replace("---\nShake",
                "draft: maybe\n---\nShake")));
        assertTrue(e.getMessage().contains("draft \"maybe\" is not yes or no"), e.getMessage());
    }
}
