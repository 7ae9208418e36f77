package org.guidekit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Debian's Chromium driven by Selenium through Debian's chromedriver (never a downloaded browser), and a small
 * local web server for a folder (pages are served as a clinic's web server would: over HTTP, with byte ranges so
 * the player can seek, and with the right types). One per test class; close it in {@code @AfterAll}. When the
 * browser is missing the tests are skipped with the reason printed.
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final HttpServer server;
    private final Path profile;

    private Browser(ChromeDriver driver, HttpServer server, Path profile) {
        this.driver = driver;
        this.server = server;
        this.profile = profile;
    }

    /** Starts the browser serving {@code root}, or skips the calling test class when there is no browser. */
    public static Browser serving(Path root, boolean javascript) {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER.toString() : null;
        if (missing != null) {
            String why = "browser tests skipped: " + missing + " is missing (apt-get install -y chromium "
                    + "chromium-driver; .ci/run installs them)";
            System.err.println(why);
            Assumptions.abort(why);
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> serve(root, exchange));
            server.start();
            Path profile = Files.createTempDirectory("guidekit-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--mute-audio",
                    "--autoplay-policy=no-user-gesture-required", "--user-data-dir=" + profile,
                    "--window-size=1280,1000");
            if (!javascript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, server, profile);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code path} (relative to the served folder). */
    public void open(String path) {
        driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Emulates the reader's dark or light setting. */
    public void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * Runs axe-core (its own axe.min.js, from the test class path) on the open page with the WCAG 2.0-2.2 A and AA
     * rules and the best practices; returns one line per violation (id, impact, targets).
     */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        js(axeScript());
        Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})"
                + ".then(r => done({violations: r.violations.map(v => v.id + ' (' + v.impact + '): '"
                + " + v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary).join(' | '))}))"
                + ".catch(e => done({violations: ['axe failed: ' + e]}));");
        return new ArrayList<>((List<String>) result.get("violations"));
    }

    private static String axe;

    private static synchronized String axeScript() {
        if (axe == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core)");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return axe;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.stop(0);
            try {
                org.guidekit.render.AtomicOutput.deleteTree(profile);
            } catch (IOException ignored) {
                // a temp folder
            }
        }
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    private static void serve(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (path.endsWith("/")) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type(file.getFileName().toString()));
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            String range = exchange.getRequestHeaders().getFirst("Range");
            Matcher m = range == null ? null : RANGE.matcher(range);
            int from = 0;
            int to = bytes.length - 1;
            int status = 200;
            if (m != null && m.matches()) {
                from = Integer.parseInt(m.group(1));
                to = m.group(2).isEmpty() ? to : Math.min(to, Integer.parseInt(m.group(2)));
                status = 206;
                exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + bytes.length);
            }
            exchange.sendResponseHeaders(status, to - from + 1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes, from, to - from + 1);
            }
        }
    }

    private static String type(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".html") ? "text/html; charset=utf-8" : n.endsWith(".css") ? "text/css"
                : n.endsWith(".js") ? "text/javascript" : n.endsWith(".mp3") ? "audio/mpeg"
                : n.endsWith(".vtt") ? "text/vtt; charset=utf-8" : n.endsWith(".png") ? "image/png"
                : n.endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
    }
}
