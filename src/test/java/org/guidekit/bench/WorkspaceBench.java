package org.guidekit.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guidekit.serve.Workspace;

/**
 * The staff workspace, warm, over real HTTP on the loopback address (bench/workspace/README.md; not a test). For
 * each round: save an edit of the guide (alternating two versions so every save changes it), load the page that
 * shows the new check findings, load the new first-page preview, and speak one sentence. Prints the median and
 * worst milliseconds of each after the warm-up rounds.
 *
 * <p>Arguments: CONTENT_DIR GUIDE_FILE_NAME ROUNDS WARMUP.
 */
public final class WorkspaceBench {
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9a-f]+|new)\"");

    private WorkspaceBench() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        String guide = args[1];
        int rounds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        Path dir = Files.createTempDirectory("guidekit-workspace-bench");
        Path content = dir.resolve("content");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path t = content.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        String original = Files.readString(content.resolve(guide));
        String sentence = "Take baclofen 10 mg by mouth 3 times a day, or as your doctor tells you.";
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<Long> findings = new ArrayList<>();
        List<Long> preview = new ArrayList<>();
        List<Long> speech = new ArrayList<>();
        try (Workspace w = Workspace.start(content, dir.resolve("output"), "127.0.0.1", 0,
                new PrintWriter(System.err, true))) {
            String base = "http://127.0.0.1:" + w.port();
            for (int i = 0; i < warmup + rounds; i++) {
                String page = get(http, base + "/guide?file=" + guide);
                Matcher m = VERSION.matcher(page);
                m.find();
                String text = i % 2 == 0 ? original + "\nCall us if the pain gets worse.\n" : original;
                long t0 = System.nanoTime();
                HttpResponse<String> saved = post(http, base, "/save", Map.of("file", guide, "version", m.group(1),
                        "text", text, "token", w.token()));
                String after = get(http, base + saved.headers().firstValue("Location").orElseThrow());
                long t1 = System.nanoTime();
                byte[] png = getBytes(http, base + "/preview?file=" + guide + "&page=1");
                long t2 = System.nanoTime();
                HttpResponse<byte[]> wav = http.send(request(base, "/speak", Map.of("file", guide, "text", sentence,
                        "token", w.token())), HttpResponse.BodyHandlers.ofByteArray());
                long t3 = System.nanoTime();
                if (!after.contains("id=\"summary\"") || png.length < 1000 || wav.statusCode() != 200) {
                    throw new IllegalStateException("round " + i + " failed");
                }
                if (i >= warmup) {
                    findings.add((t1 - t0) / 1_000_000);
                    preview.add((t2 - t1) / 1_000_000);
                    speech.add((t3 - t2) / 1_000_000);
                }
            }
        }
        System.out.println("save + findings page : " + stats(findings));
        System.out.println("first-page preview   : " + stats(preview));
        System.out.println("speak one sentence   : " + stats(speech));
    }

    private static String stats(List<Long> ms) {
        List<Long> s = new ArrayList<>(ms);
        Collections.sort(s);
        return "median " + s.get(s.size() / 2) + " ms, min " + s.get(0) + " ms, max " + s.get(s.size() - 1)
                + " ms (" + s.size() + " rounds)";
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static byte[] getBytes(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }

    private static HttpResponse<String> post(HttpClient http, String base, String path, Map<String, String> form)
            throws Exception {
        return http.send(request(base, path, form), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String base, String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Origin", base)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
