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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.guidekit.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every edition opened from the workspace looks as a patient sees it: built with the build button, each file is
 * served with its own media type, a page under the policy it declares, and in a real Chromium the read-along page
 * has its style sheet's font, its player and its picture, and the library page its own style.
 */
class EditionsInWorkspaceTest {
    private static final String GUIDE = "back-muscle-spasms";

    @TempDir
    static Path dir;
    static WorkspaceFixture fx;

    @BeforeAll
    static void buildEveryEdition() throws Exception {
        fx = new WorkspaceFixture(dir);
        Files.delete(fx.content.resolve("checking-blood-pressure-at-home.md"));
        assertEquals(303, fx.client.post("/build", Map.of()).statusCode());
        for (int i = 0; i < 3000 && fx.workspace != null && buildRunning(); i++) {
            Thread.sleep(100);
        }
        String page = fx.client.get("/build").body();
        assertTrue(page.contains(GUIDE + ".md: built"), page);
    }

    private static boolean buildRunning() {
        return fx.client.get("/build").body().contains("data-follow=\"true\"");
    }

    @AfterAll
    static void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void everyEditionFileHasItsOwnMediaType() throws IOException {
        Set<String> kinds = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fx.out)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !fx.out.relativize(p).startsWith(".guidekit-state")).toList();
        }
        for (Path file : files) {
            String rel = fx.out.relativize(file).toString().replace('\\', '/');
            HttpResponse<byte[]> r = fx.client.getBytes("/output/" + rel);
            assertEquals(200, r.statusCode(), rel);
            String type = r.headers().firstValue("Content-Type").orElse("");
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            assertFalse(type.startsWith("application/octet-stream"), rel + " was sent as " + type);
            assertEquals(OutputFiles.type(name).replace(" ", ""), type.replace(" ", ""), rel);
            kinds.add(ext);
        }
        assertEquals(new TreeSet<>(List.of("brf", "css", "epub", "html", "js", "mp3", "pdf", "pef", "png", "smil",
                "txt", "vtt")), kinds);
        assertEquals("text/css; charset=utf-8", OutputFiles.type("read-along.css"));
        assertEquals("image/svg+xml", OutputFiles.type("chart.SVG"));
        assertEquals("application/octet-stream", OutputFiles.type("notes.unknown"));
    }

    @Test
    void aPageIsServedUnderThePolicyItDeclares() throws IOException {
        for (String page : List.of("index.html", GUIDE + "/index.html")) {
            HttpResponse<String> r = fx.client.get("/output/" + page);
            String declared = OutputFiles.declaredPolicy(Files.readAllBytes(fx.out.resolve(page))).orElseThrow();
            assertEquals(declared + "; frame-ancestors 'none'",
                    r.headers().firstValue("Content-Security-Policy").orElse(""), page);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        // a file that declares nothing keeps the workspace's own policy
        HttpResponse<String> pdf = fx.client.get("/output/" + GUIDE + "/" + GUIDE + ".pdf");
        assertEquals(RequestGuard.CSP, pdf.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void theEditionsLookAsPatientsSeeThemInChromium() {
        try (Browser browser = Browser.serving(dir, true)) {
            String base = "http://127.0.0.1:" + fx.workspace.port() + "/output/";
            browser.driver().get(base + GUIDE + "/index.html");
            waitFor(browser, "return document.readyState === 'complete'");
            assertTrue(((String) browser.js("return getComputedStyle(document.body).fontFamily"))
                    .startsWith("\"Atkinson Hyperlegible\""), "the read-along page's style sheet was not applied");
            assertEquals(Boolean.FALSE, browser.js("return document.getElementById('controls').hidden"),
                    "the read-along page's script did not run");
            waitFor(browser, "var a = document.getElementById('player'); return a.readyState >= 1 && a.duration > 10");
            waitFor(browser, "var i = document.querySelector('main img'); return i.complete && i.naturalWidth > 0");
            assertEquals(List.of(), browser.axeViolations(), "read-along page");

            browser.driver().get(base + "index.html");
            waitFor(browser, "return document.readyState === 'complete'");
            assertTrue(((String) browser.js("return getComputedStyle(document.body).fontFamily")).startsWith("Verdana"),
                    "the library page's own style was blocked");
        }
    }

    private static void waitFor(Browser browser, String condition) {
        for (int i = 0; i < 600; i++) {
            if (Boolean.TRUE.equals(browser.js(condition))) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("never true: " + condition);
    }
}
