package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace writes files on the staff member's computer: only its own pages may change anything, nothing
 * outside the content folder can be read or written, and every refusal is a clear message, never a stack trace.
 */
class WorkspaceSecurityTest {
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
    void listensOnLoopbackOnly() {
        assertTrue(fx.workspace.address().startsWith("http://127.0.0.1:"), fx.workspace.address());
    }

    @Test
    void aForeignHostIsRefusedSoDnsRebindingCannotReachIt() {
        String answer = client.raw("GET / HTTP/1.1\r\nHost: attacker.example:" + fx.workspace.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 421"), answer.lines().findFirst().orElse(""));
        assertTrue(answer.contains("answers only at its own address"), answer);
        String wrongPort = client.raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nConnection: close\r\n\r\n");
        assertTrue(wrongPort.startsWith("HTTP/1.1 421"), wrongPort.lines().findFirst().orElse(""));
        String localhost = client.raw("GET / HTTP/1.1\r\nHost: localhost:" + fx.workspace.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(localhost.startsWith("HTTP/1.1 200"), localhost.lines().findFirst().orElse(""));
    }

    @Test
    void everyResponseCarriesARestrictiveContentSecurityPolicy() {
        for (String path : new String[] {"/", "/guide?file=" + GUIDE, "/nowhere", "/guide?file=../x.md"}) {
            HttpResponse<String> r = client.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
                    && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void aChangeWithoutTheTokenIsRefused() throws IOException {
        String before = Files.readString(fx.content.resolve(GUIDE));
        HttpResponse<String> r = client.post("/save", Map.of("file", GUIDE, "version", version(), "text", "gone"),
                client.origin);
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("Reload the page"), r.body());
        HttpResponse<String> wrong = client.post("/save", Map.of("file", GUIDE, "version", version(), "text", "gone",
                "token", "0123"), client.origin);
        assertEquals(403, wrong.statusCode());
        assertEquals(before, Files.readString(fx.content.resolve(GUIDE)));
    }

    @Test
    void aChangeFromAnotherOriginOrWithoutOneIsRefused() throws IOException {
        String before = Files.readString(fx.content.resolve(GUIDE));
        Map<String, String> form = Map.of("file", GUIDE, "version", version(), "text", "gone",
                "token", fx.workspace.token());
        assertEquals(403, client.post("/save", form, "http://attacker.example").statusCode());
        assertEquals(403, client.post("/save", form, null).statusCode());
        assertEquals(403, client.post("/build", Map.of("token", fx.workspace.token()), "null").statusCode());
        assertEquals(before, Files.readString(fx.content.resolve(GUIDE)));
    }

    @Test
    void noPathOutsideTheContentFolderCanBeReadOrWritten() throws IOException {
        Files.writeString(dir.resolve("secret.md"), "---\ntitle: Secret\n---\nsecret\n");
        for (String name : new String[] {"../secret.md", "images/../../secret.md", dir.resolve("secret.md").toString(),
                "..\\secret.md", ".guidekit-backups/x.md", "allowed-links.yaml/../../secret.md"}) {
            HttpResponse<String> read = client.get("/guide?file=" + java.net.URLEncoder.encode(name, "UTF-8"));
            assertTrue(read.statusCode() == 403 || read.statusCode() == 400, name + " -> " + read.statusCode());
            assertFalse(read.body().contains("secret\n"), name);
            HttpResponse<String> write = client.post("/save", Map.of("file", name, "version", SafeSave.ABSENT,
                    "text", "overwritten"));
            assertTrue(write.statusCode() == 403 || write.statusCode() == 400, name + " -> " + write.statusCode());
        }
        assertEquals("---\ntitle: Secret\n---\nsecret\n", Files.readString(dir.resolve("secret.md")));
        assertFalse(Files.exists(dir.resolve("overwritten")));
    }

    @Test
    void aLinkLeadingOutOfTheContentFolderIsNotFollowed() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.md"), "---\ntitle: Outside\n---\nprivate\n");
        Files.createSymbolicLink(fx.content.resolve("link.md"), outside);
        HttpResponse<String> r = client.get("/guide?file=link.md");
        assertEquals(403, r.statusCode());
        assertFalse(r.body().contains("private"));
        Files.delete(fx.content.resolve("link.md"));
    }

    @Test
    void aNewFileIsNotCreatedThroughALinkedFolder() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(fx.content.resolve("dir"), elsewhere);
        Files.createDirectories(fx.content.resolve("real"));
        Files.createSymbolicLink(fx.content.resolve("real/deeper"), elsewhere);
        try {
            for (String name : new String[] {"dir/sub/new.md", "dir/new.md", "real/deeper/sub/new.md"}) {
                HttpResponse<String> r = client.post("/save", Map.of("file", name, "version", SafeSave.ABSENT,
                        "text", "---\ntitle: New\n---\nwritten\n"));
                assertEquals(403, r.statusCode(), name + ": " + r.body());
                assertTrue(r.body().contains("outside the content folder"), r.body());
            }
            try (var left = Files.list(elsewhere)) {
                assertEquals(List.of(), left.toList(), "nothing was created outside the content folder");
            }
            // a new folder inside the content folder is still made as asked
            HttpResponse<String> inside = client.post("/save", Map.of("file", "real/sub/new.md", "version",
                    SafeSave.ABSENT, "text", "---\ntitle: New\n---\nwritten\n"));
            assertEquals(303, inside.statusCode(), inside.body());
            assertTrue(Files.isRegularFile(fx.content.resolve("real/sub/new.md")));
        } finally {
            Files.delete(fx.content.resolve("dir"));
            org.guidekit.render.AtomicOutput.deleteTree(fx.content.resolve("real"));
        }
    }

    @Test
    void aNamedPipeInTheContentFolderIsRefusedNotWaitedOn() throws IOException {
        Path pipe = org.guidekit.testing.Fixtures.fifo(fx.content.resolve("pipe.md"));
        try {
            HttpResponse<String> list = client.get("/");
            assertEquals(200, list.statusCode(), list.body());
            assertTrue(list.body().contains("pipe.md"), "the list names it");
            HttpResponse<String> save = client.post("/save", Map.of("file", "pipe.md", "version", SafeSave.ABSENT,
                    "text", "---\ntitle: Pipe\n---\nwritten\n"));
            assertEquals(400, save.statusCode(), save.body());
            assertTrue(save.body().contains("named pipe"), save.body());
            assertEquals(404, client.get("/guide?file=pipe.md").statusCode());
        } finally {
            Files.delete(pipe);
        }
    }

    @Test
    void outputsAreServedFromTheOutputFolderOnly() throws IOException {
        Files.createDirectories(fx.out);
        Files.writeString(dir.resolve("private.txt"), "SECRET-CONTENT");
        for (String path : new String[] {"/output/..%2Fprivate.txt", "/output/%2e%2e/private.txt",
                "/output/../private.txt"}) {
            HttpResponse<String> r = client.get(path);
            // Jetty refuses ambiguous paths itself (400); the workspace refuses the rest (404)
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " -> " + r.statusCode());
            assertFalse(r.body().contains("SECRET-CONTENT"), path);
        }
    }

    @Test
    void anOversizedBodyIsRefused() {
        String big = "x".repeat(RequestGuard.MAX_BODY + 10);
        HttpResponse<String> r = client.post("/save", Map.of("file", GUIDE, "version", version(), "text", big));
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("larger than 2 MB"), r.body());
    }

    @Test
    void badInputGetsAMessageNeverAStackTrace() {
        for (String path : new String[] {"/guide", "/guide?file=nothing.md", "/preview?file=" + GUIDE + "&page=99",
                "/preview?file=" + GUIDE + "&page=x", "/section-audio?file=" + GUIDE + "&section=999",
                "/settings/edit?file=../../etc/passwd", "/nowhere"}) {
            HttpResponse<String> r = client.get(path);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " -> " + r.statusCode());
            assertTrue(r.body().contains("role=\"alert\""), path + ": " + r.body());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), path + ": " + r.body());
        }
        assertEquals("", fx.log.toString(), "no internal error was logged");
    }

    private static String version() {
        return SafeSave.open(fx.content.resolve(GUIDE)).version();
    }
}
