package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.guidekit.error.ContentException;
import org.guidekit.error.OutputException;
import org.guidekit.error.Problem;
import org.junit.jupiter.api.Test;

/** The build page's words for how a build ended: plain, the failures first, no command lines or paths. */
class BuildResultTest {
    @Test
    void aContentProblemIsSaidWithoutItsRuleNameOrCommandLineAdvice() {
        ContentException e = new ContentException(List.of(
                new Problem("content/using-your-inhaler.md", 66, "[allowed-links] a link to a site that is not "
                        + "approved (pills.example.com); add the site to allowed-links.yaml (nothing was rendered "
                        + "for this guide; run guidekit check for the full review)"),
                new Problem("content/using-your-inhaler.md", 70, "[spam-text] selling words")));
        assertEquals("a link to a site that is not approved (pills.example.com), line 66 (and 1 more problem)",
                BuildResult.reason(e));
    }

    @Test
    void aProblemInASettingsFileNamesThatFile() {
        ContentException e = new ContentException(new Problem("/home/clinic/content/guidekit.yaml", 2,
                "formats: unknown format \"mp4\"; choose from pdf, audio"));
        assertEquals("formats: unknown format \"mp4\" in guidekit.yaml, line 2", BuildResult.reason(e));
    }

    @Test
    void pathsOfThisComputerAreShortenedToTheirNames() {
        assertEquals("cannot write inhaler.pdf (the disk is full)", BuildResult.reason(new OutputException(
                "cannot write /home/clinic/guidekit/output/inhaler/inhaler.pdf (the disk is full)", null)));
    }

    @Test
    void theSummarySaysWhatWasNotBuiltFirstAndFinishedOnlyWhenAllWere() {
        BuildResult failed = new BuildResult(3, List.of(new BuildResult.NotBuilt("using-your-inhaler.md",
                "Using your inhaler", "a link to a site that is not approved, line 66")));
        assertEquals("1 guide was not built: Using your inhaler: a link to a site that is not approved, line 66. "
                + "The other guides are built.", failed.summary());
        assertEquals("The build has finished: every guide is built.", new BuildResult(2, List.of()).summary());
        BuildResult two = new BuildResult(2, List.of(new BuildResult.NotBuilt("a.md", "A", "x"),
                new BuildResult.NotBuilt("b.md", "B", "y")));
        assertEquals("2 guides were not built: A: x; B: y.", two.summary());
    }
}
