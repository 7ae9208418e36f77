package org.guidekit.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar target/guidekit.jar serve} works from the single shaded jar: Javalin, Jetty and all. */
class ShadedJarServeIT {
    private static final Path SHADED = Path.of("target", "guidekit.jar");
    private static final Pattern ADDRESS = Pattern.compile("open at (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path dir;

    @Test
    void theShadedJarServesTheWorkspace() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("tiny.md"), "---\ntitle: Ice for a sore back\n---\nPut ice on it.\n");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                SHADED.toString(), "serve", content.toString(), "--out", dir.resolve("output").toString(),
                "--port", "0", "--no-browser");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            Matcher m = ADDRESS.matcher(line == null ? "" : line);
            assertTrue(m.find(), "the address is printed first: " + line);
            HttpResponse<String> page = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build()
                    .send(HttpRequest.newBuilder(URI.create(m.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Ice for a sore back"), page.body());
        } finally {
            p.destroy(); // Ctrl+C: the shutdown hook stops the server
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("guidekit serve did not stop on SIGTERM");
            }
        }
    }
}
