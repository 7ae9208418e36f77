package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.guidekit.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line ({@code Main.run}) and the workspace (over HTTP) run the same scenarios and must give the same
 * answers, since both open one {@code library.BuildSession}: which guides are up to date, a guide whose PDF alone
 * exists, an unknown format in {@code guidekit.yaml}, and the speech section cache.
 */
class FrontEndsAgreeTest {
    private static final Pattern ROW = Pattern.compile(
            "<span class=\"file\">([^<]+)</span>.*?<td>(up to date|needs building)</td></tr>", Pattern.DOTALL);
    private static final Pattern LOG_LINE = Pattern.compile("<li>([^<]*)</li>");

    @TempDir
    Path dir;

    @Test
    void theListSaysUpToDateExactlyForTheGuidesABuildSkips() throws IOException {
        Path content = content("formats: pdf\n");
        guide(content, "a", "Rest and drink water.");
        guide(content, "b", "Walk a little every day.");
        Path out = dir.resolve("output");

        assertEquals(Map.of("a.md", false, "b.md", false), workspaceList(content, out));
        assertEquals(Set.of("a", "b"), cliBuild(content, out), "the CLI builds the guides the workspace says need it");

        assertEquals(Map.of("a.md", true, "b.md", true), workspaceList(content, out));
        assertEquals(Set.of(), cliBuild(content, out));

        // A setting no PDF reads: the file is newer than the PDFs, but neither front end rebuilds them.
        Files.writeString(content.resolve("guidekit.yaml"), "formats: pdf\nrate: 140\n");
        assertEquals(Map.of("a.md", true, "b.md", true), workspaceList(content, out));
        assertEquals(Set.of(), cliBuild(content, out));

        guide(content, "b", "Walk a little every day, after lunch.");
        assertEquals(Map.of("a.md", true, "b.md", false), workspaceList(content, out));
        List<String> log = workspaceBuild(content, out);
        assertTrue(log.contains("a.md: up to date."), log.toString());
        assertTrue(log.contains("b.md: built (1 file)."), log.toString());
        assertEquals(Set.of(), cliBuild(content, out), "the workspace built b as the CLI would have: same options");
        assertEquals(Map.of("a.md", true, "b.md", true), workspaceList(content, out));
    }

    @Test
    void aGuideWithOnlyItsPdfIsNotUpToDateForEither() throws IOException {
        Path content = content("formats: pdf, braille\n");
        Path a = guide(content, "a", "Rest and drink water.");
        Path out = dir.resolve("output");
        CliRun pdf = CliRun.of("render", a.toString(), "--format", "pdf", "--out", out.toString());
        assertEquals(0, pdf.code(), pdf.toString());
        assertTrue(Files.isRegularFile(out.resolve("a/a.pdf")));

        // The PDF is newer than the guide and the settings, which was all the workspace used to look at.
        assertEquals(Map.of("a.md", false), workspaceList(content, out));
        assertEquals(Set.of("a"), cliBuild(content, out), "the CLI builds it (its braille is missing)");
        assertTrue(hasFileEnding(out.resolve("a"), ".brf"), "the braille edition was made");
        assertEquals(Map.of("a.md", true), workspaceList(content, out));
    }

    @Test
    void anUnknownFormatInTheSettingsIsTheSameErrorWithFileAndLineInBoth() throws IOException {
        Path content = content("size: 20\nformats: pdf, mp4\n");
        guide(content, "a", "Rest and drink water.");
        Path out = dir.resolve("output");
        String problem = content.toAbsolutePath().normalize().resolve("guidekit.yaml")
                + ":2: formats: unknown format \"mp4\"; choose from pdf, audio, wav, daisy, braille, epub, web";

        CliRun build = CliRun.of("build", content.toString(), "--out", out.toString());
        assertEquals(3, build.code(), build.toString());
        assertTrue(build.err().contains(problem), build.toString());
        CliRun check = CliRun.of("check", content.toString());
        assertEquals(3, check.code(), check.toString());
        assertTrue(check.out().contains("unknown format \"mp4\""), check.toString());

        List<String> log = workspaceBuild(content, out);
        // the same error, in the browser's plain words (no path of this computer, no rule name; issue 28)
        String plain = "formats: unknown format \"mp4\" in guidekit.yaml, line 2";
        assertTrue(log.contains("a.md: not built: " + plain), plain + " in " + log);
        assertFalse(Files.exists(out.resolve("a/a.pdf")), "neither builds anything");
        assertEquals(Map.of("a.md", false), workspaceList(content, out));
        try (Workspace w = start(content, out)) {
            HttpResponse<String> save = new WorkspaceClient(w).post("/save", Map.of("file", "guidekit.yaml",
                    "version", SafeSave.open(content.resolve("guidekit.yaml")).version(), "text", "formats: mp4\n"));
            assertEquals(422, save.statusCode(), save.body());
            assertTrue(save.body().contains("guidekit.yaml:1: formats: unknown format &quot;mp4&quot;"), save.body());
        }
    }

    @Test
    void bothKeepSpokenSectionsInTheSpeechCache() throws IOException {
        Path content = content("formats: audio\n");
        guide(content, "a", "Rest and drink water.");
        Path cliOut = dir.resolve("cli-output");
        Path workspaceOut = dir.resolve("workspace-output");

        CliRun build = CliRun.of("build", content.toString(), "--out", cliOut.toString());
        assertEquals(0, build.code(), build.toString());
        List<String> log = workspaceBuild(content, workspaceOut);
        assertTrue(log.contains("The build has finished: every guide is built."), log.toString());
        assertTrue(Files.isRegularFile(workspaceOut.resolve("a/a.mp3")));

        Set<String> cliCache = cacheEntries(cliOut);
        assertFalse(cliCache.isEmpty(), "the CLI keeps its sections");
        assertEquals(cliCache, cacheEntries(workspaceOut), "the workspace keeps the same sections, by the same keys");
    }

    private Path content(String settings) throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("guidekit.yaml"), settings);
        return content;
    }

    private static Path guide(Path content, String name, String text) throws IOException {
        return Files.writeString(content.resolve(name + ".md"), "---\ntitle: Guide " + name.toUpperCase()
                + "\n---\n" + text + "\n");
    }

    /** The names of the guides a CLI build rendered (it prints each file it wrote with --verbose). */
    private static Set<String> cliBuild(Path content, Path out) {
        CliRun run = CliRun.of("build", content.toString(), "--out", out.toString(), "--verbose");
        assertEquals(0, run.code(), run.toString());
        Set<String> rendered = new TreeSet<>();
        Path abs = out.toAbsolutePath().normalize();
        run.out().lines().filter(l -> l.startsWith("wrote ")).map(l -> Path.of(l.substring(6)).toAbsolutePath()
                .normalize()).forEach(f -> rendered.add(abs.relativize(f).getName(0).toString()));
        return rendered;
    }

    /** Each guide of the workspace's list, and whether it says "up to date". */
    private Map<String, Boolean> workspaceList(Path content, Path out) {
        try (Workspace w = start(content, out)) {
            HttpResponse<String> r = new WorkspaceClient(w).get("/");
            assertEquals(200, r.statusCode(), r.body());
            Map<String, Boolean> rows = new TreeMap<>();
            Matcher m = ROW.matcher(r.body());
            while (m.find()) {
                rows.put(m.group(1), m.group(2).equals("up to date"));
            }
            return rows;
        }
    }

    /** Presses the build button and returns the log once the build has ended. */
    private List<String> workspaceBuild(Path content, Path out) {
        try (Workspace w = start(content, out)) {
            WorkspaceClient c = new WorkspaceClient(w);
            HttpResponse<String> r = c.post("/build", Map.of());
            assertEquals(303, r.statusCode(), r.body());
            String page = c.get("/build").body();
            // A backstop of minutes, never a speed limit: the build ends with a "Done" or "stopped" line.
            for (int i = 0; i < 3000 && page.contains("data-follow=\"true\""); i++) {
                Thread.sleep(100);
                page = c.get("/build").body();
            }
            List<String> lines = new java.util.ArrayList<>();
            Matcher m = LOG_LINE.matcher(page.substring(page.indexOf("id=\"build-log\"")));
            while (m.find()) {
                lines.add(unescape(m.group(1)));
            }
            return lines;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Workspace start(Path content, Path out) {
        // Pages do not wait for the reviews: only the list's "up to date" column is compared.
        return Workspace.start(content, out, "127.0.0.1", 0, new PrintWriter(new StringWriter(), true),
                Duration.ZERO);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** The speech cache's files: it lives in the output folder's state folder, beside it. */
    private static Set<String> cacheEntries(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path cache = abs.getParent().resolve(".guidekit-state").resolve(abs.getFileName().toString())
                .resolve("speech-cache");
        if (!Files.isDirectory(cache)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(
                    TreeSet::new));
        }
    }

    private static boolean hasFileEnding(Path folder, String ending) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(ending));
        }
    }
}
