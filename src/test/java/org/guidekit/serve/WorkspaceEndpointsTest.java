package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every address of the workspace, over HTTP, as a browser uses it. */
class WorkspaceEndpointsTest {
    private static final String GUIDE = "back-muscle-spasms.md";

    @TempDir
    static Path dir;
    static WorkspaceFixture fx;
    static WorkspaceClient client;

    @BeforeAll
    static void start() {
        fx = new WorkspaceFixture(dir);
        client = fx.client;
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void theListShowsEveryGuideWithItsStateAndGrade() {
        HttpResponse<String> r = client.get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), r.body());
        assertTrue(r.body().contains("Relieving Back Muscle Spasms"), r.body());
        assertTrue(r.body().contains("Checking Your Blood Pressure at Home"), r.body());
        assertTrue(r.body().contains("needs building"), r.body());
        assertTrue(r.body().matches("(?s).*<td>\\d+\\.\\d</td>.*"), "a reading grade: " + r.body());
    }

    @Test
    void aGuideOpensBesideItsFindingsAndPagePictures() {
        HttpResponse<String> r = client.get("/guide?file=" + GUIDE);
        assertEquals(200, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("<textarea id=\"editor\" name=\"text\""), page);
        assertTrue(page.contains("title: Relieving Back Muscle Spasms"), page);
        assertTrue(page.contains("id=\"summary\">0 errors"), page);
        assertTrue(page.contains("/preview?file=back-muscle-spasms.md&amp;page=1"), page);
        HttpResponse<byte[]> png = client.getBytes("/preview?file=" + GUIDE + "&page=1");
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png.body(), 4));
    }

    @Test
    void aSaveIsCheckedAtOnceAndKeepsThePreviousVersion() throws IOException {
        Path file = fx.content.resolve("checking-blood-pressure-at-home.md");
        String before = Files.readString(file);
        String edited = before.replace("## Before you start", "## Before you start\n\nBuy cheap pills at "
                + "[this shop](https://pills.example.com/).");
        HttpResponse<String> saved = client.post("/save", Map.of("file", "checking-blood-pressure-at-home.md",
                "version", SafeSave.open(file).version(), "text", edited.replace("\n", "\r\n")));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(edited, Files.readString(file), "saved with the file's own line ends");
        Path backups = fx.content.resolve(SafeSave.BACKUP_FOLDER).resolve("checking-blood-pressure-at-home.md");
        try (Stream<Path> list = Files.list(backups)) {
            List<Path> all = list.toList();
            assertEquals(1, all.size());
            assertEquals(before, Files.readString(all.get(0)));
        }
        String page = client.get(saved.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("Saved."), page);
        assertTrue(page.contains("pills.example.com"), page);
        assertTrue(page.matches("(?s).*id=\"summary\">[1-9]\\d* errors?.*"), page);
        assertTrue(page.contains("data-line=\"13\""), "the finding links to its line: " + page);
        assertFalse(Files.exists(file.resolveSibling(".checking-blood-pressure-at-home.md.part")));
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenAndBothVersionsAreShown() throws IOException {
        Path file = fx.content.resolve(GUIDE);
        String opened = SafeSave.open(file).version();
        String theirs = Files.readString(file).replace("six steps", "seven steps");
        Files.writeString(file, theirs);
        HttpResponse<String> r = client.post("/save", Map.of("file", GUIDE, "version", opened,
                "text", "---\ntitle: Mine\n---\nMy own words.\n"));
        assertEquals(409, r.statusCode());
        assertEquals(theirs, Files.readString(file), "the change on disk is kept");
        assertTrue(r.body().contains("My own words."), "the staff member's text is kept: " + r.body());
        assertTrue(r.body().contains("seven steps"), "and the version on disk is shown");
        assertTrue(r.body().contains("name=\"version\" value=\"" + SafeSave.open(file).version() + "\""),
                "saving again from this page replaces the version shown");
    }

    @Test
    void aSettingsFileWithAMistakeIsNotSavedAndTheTextIsKept() throws IOException {
        Path file = fx.content.resolve("guidekit.yaml");
        HttpResponse<String> bad = client.post("/save", Map.of("file", "guidekit.yaml", "version", SafeSave.ABSENT,
                "text", "sise: 24\n"));
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("unknown setting &quot;sise&quot;; did you mean &quot;size&quot;?"),
                bad.body());
        assertTrue(bad.body().contains("sise: 24"), "the text stays in the editor");
        assertFalse(Files.exists(file));
        HttpResponse<String> good = client.post("/save", Map.of("file", "guidekit.yaml", "version", SafeSave.ABSENT,
                "text", "size: 24\norganization: Riverside\n"));
        assertEquals(303, good.statusCode(), good.body());
        assertEquals("size: 24\norganization: Riverside\n", Files.readString(file));
        HttpResponse<String> links = client.post("/save", Map.of("file", "allowed-links.yaml",
                "version", SafeSave.open(fx.content.resolve("allowed-links.yaml")).version(),
                "text", "- medlineplus.gov\n- {a: b}\n"));
        assertEquals(422, links.statusCode(), links.body());
        assertTrue(links.body().contains("allowed-links.yaml:2"), links.body());
        assertEquals(200, client.get("/settings").statusCode());
        assertEquals(200, client.get("/settings/edit?file=pronunciations.yaml").statusCode());
    }

    @Test
    void aNewGuideComesFromTheTemplateAndPassesTheCheck() throws IOException {
        HttpResponse<String> r = client.post("/new", Map.of("title", "Caring for your wound"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/guide?file=caring-for-your-wound.md", r.headers().firstValue("Location").orElse(""));
        Path file = fx.content.resolve("caring-for-your-wound.md");
        assertTrue(Files.readString(file).contains("title: \"Caring for your wound\""));
        String page = client.get("/guide?file=caring-for-your-wound.md").body();
        // no review date in a new draft: its one warning says so
        assertTrue(page.contains("id=\"summary\">0 errors, 1 warning and "), page);
        assertTrue(page.contains("[review-date]"), page);
        HttpResponse<String> again = client.post("/new", Map.of("title", "Caring for your wound"));
        assertEquals(422, again.statusCode());
        assertTrue(again.body().contains("already exists"), again.body());
        Files.delete(file);
    }

    @Test
    void selectedTextIsSpokenAsWav() {
        HttpResponse<byte[]> r = client.postBytes("/speak", Map.of("file", GUIDE, "text", "Take baclofen 10 mg."));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("audio/wav", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("RIFF", new String(r.body(), 0, 4, StandardCharsets.US_ASCII));
        assertTrue(r.body().length > 44 + 16000, "at least half a second of sound: " + r.body().length);
        HttpResponse<byte[]> empty = client.postBytes("/speak", Map.of("file", GUIDE, "text", "  "));
        assertEquals(422, empty.statusCode());
    }

    @Test
    void theGuideIsPlayedSectionBySectionWithSentenceTimings() {
        String page = client.get("/listen?file=" + GUIDE).body();
        assertTrue(page.contains("data-timings=\"/section-timings?file=back-muscle-spasms.md&amp;section=1\""), page);
        assertTrue(page.contains("<span data-sentence=\"0\">"), page);
        HttpResponse<byte[]> wav = client.getBytes("/section-audio?file=" + GUIDE + "&section=1");
        assertEquals(200, wav.statusCode());
        assertEquals("RIFF", new String(wav.body(), 0, 4, StandardCharsets.US_ASCII));
        String timings = client.get("/section-timings?file=" + GUIDE + "&section=1").body();
        assertTrue(timings.matches("\\[\\[0,\\d+\\](,\\[\\d+,\\d+\\])+\\]"), timings);
    }

    @Test
    void theBuildButtonBuildsTheLibraryAndLinksEveryOutput() throws Exception {
        Path other = dir.resolve("build-content");
        Files.createDirectories(other);
        Files.writeString(other.resolve("guidekit.yaml"), "formats: pdf\n");
        Files.writeString(other.resolve("short.md"), "---\ntitle: A short guide\n---\nRest and drink water.\n");
        try (Workspace w = Workspace.start(other, dir.resolve("build-output"), "127.0.0.1", 0,
                new java.io.PrintWriter(System.err, true))) {
            WorkspaceClient c = new WorkspaceClient(w);
            HttpResponse<String> r = c.post("/build", Map.of());
            assertEquals(303, r.statusCode(), r.body());
            String page = "";
            for (int i = 0; i < 600 && !page.contains("The build has finished"); i++) {
                Thread.sleep(100);
                page = c.get("/build").body();
            }
            assertTrue(page.contains("<p>The build has finished: every guide is built.</p>"), page);
            assertTrue(!page.contains("not built"), page);
            assertTrue(page.contains("short.md: built (1 file)."), page);
            assertTrue(page.contains("href=\"/output/short/short.pdf\""), page);
            HttpResponse<byte[]> pdf = c.getBytes("/output/short/short.pdf");
            assertEquals(200, pdf.statusCode());
            assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
            assertEquals(200, c.get("/output/index.html").statusCode());
            assertTrue(c.get("/").body().contains("up to date"));
        }
    }

    @Test
    void theStylesAndScriptAreServedAsFiles() {
        assertEquals(200, client.get("/static/workspace.css").statusCode());
        HttpResponse<String> js = client.get("/static/workspace.js");
        assertEquals("text/javascript; charset=utf-8", js.headers().firstValue("Content-Type").orElse(""));
    }
}
