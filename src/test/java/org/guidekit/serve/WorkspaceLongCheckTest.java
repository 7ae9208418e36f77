package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page answers without waiting for a long check: a guide whose check (then handout layout) has not finished in
 * the time a page waits is shown as still running, and its findings and pages appear once the work, run once in the
 * background, has finished.
 * Here pages wait no time at all, so every first answer is "still checking" however fast the machine; the loop's
 * limit is a backstop against a check that never ends, not a speed target.
 */
class WorkspaceLongCheckTest {
    private static final long BACKSTOP_MS = 3 * 60_000;

    @TempDir
    Path dir;

    @Test
    void aPageAnswersWhileTheCheckRunsAndShowsTheFindingsWhenItHasFinished() throws Exception {
        Path content = dir.resolve("content");
        org.guidekit.testing.Fixtures.copyFolder(Path.of("content"), content);
        Files.writeString(content.resolve("long-guide.md"), "---\ntitle: A long guide\nlanguage: en-US\n---\n"
                + "Rest your back for a day or two. ".repeat(2_000) + "\n");
        try (Workspace w = Workspace.start(content, dir.resolve("output"), "127.0.0.1", 0,
                new PrintWriter(new StringWriter(), true), Duration.ZERO)) {
            WorkspaceClient client = new WorkspaceClient(w);
            HttpResponse<String> list = client.get("/");
            assertEquals(200, list.statusCode());
            assertTrue(list.body().contains(LibraryPages.STILL_CHECKING), list.body());

            HttpResponse<String> guide = client.get("/guide?file=long-guide.md");
            assertEquals(200, guide.statusCode());
            assertTrue(guide.body().contains("The check is " + LibraryPages.STILL_CHECKING), guide.body());
            assertTrue(guide.body().contains("Rest your back"), "the text is there to edit meanwhile");

            long deadline = System.currentTimeMillis() + BACKSTOP_MS;
            String page = guide.body();
            boolean layingOut = false;
            while (page.contains(LibraryPages.STILL_CHECKING) || page.contains("still being laid out")) {
                layingOut |= page.contains("still being laid out");
                assertTrue(System.currentTimeMillis() < deadline, "the check never finished");
                Thread.sleep(100);
                page = client.get("/guide?file=long-guide.md").body();
            }
            assertTrue(page.contains("id=\"summary\"") && page.contains("long-paragraph"), page);
            assertFalse(page.contains("No preview yet"), page);
            assertTrue(layingOut, "once checked, the page answered while the handout was laid out");
            assertTrue(page.contains("Page 1 of "), page);
        }
    }

    @Test
    void aSectionOrSelectionTooLongToSpeakAtOnceIsRefusedWithItsLength() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("long-guide.md"), "---\ntitle: A long guide\nlanguage: en-US\n---\n"
                + "Rest your back for a day or two. ".repeat(600) + "\n");
        try (WorkspaceFixture fx = new WorkspaceFixture(dir, false)) {
            HttpResponse<String> section = fx.client.get("/section-audio?file=long-guide.md&section=0");
            assertEquals(413, section.statusCode(), section.body());
            assertTrue(section.body().contains("This section is 4806 words long, more than the 4000"), section.body());
            HttpResponse<String> said = fx.client.post("/speak", java.util.Map.of("file", "long-guide.md", "text",
                    "Rest your back. ".repeat(1_400)));
            assertEquals(413, said.statusCode(), said.body());
            assertTrue(said.body().contains("The selected text is 4200 words long"), said.body());
        }
    }
}
