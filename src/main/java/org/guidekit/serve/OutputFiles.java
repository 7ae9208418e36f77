package org.guidekit.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.http.Context;

/**
 * The editions in the output folder, served read-only under {@code /output/} so each can be opened from the page
 * and look exactly as a patient sees it: every file with its own media type (the workspace sends {@code nosniff},
 * so a style sheet sent as bytes is dropped), and a page under the policy it declares itself rather than the
 * workspace's (two policies both apply, so the library page's hashed inline style was blocked).
 */
final class OutputFiles {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("xhtml", "application/xhtml+xml; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("wav", "audio/wav"),
            Map.entry("vtt", "text/vtt; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("smil", "application/smil+xml"),
            Map.entry("zip", "application/zip"),
            Map.entry("epub", "application/epub+zip"),
            Map.entry("brf", "text/plain; charset=us-ascii"),
            Map.entry("pef", "application/x-pef+xml"),
            Map.entry("xml", "application/xml"));

    /** The policy a page of ours declares in its head; nothing of the guide's text can reach this element. */
    private static final Pattern DECLARED_POLICY = Pattern.compile(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"<>]*)\"", Pattern.CASE_INSENSITIVE);
    /** How far into a page its head is looked for. */
    private static final int HEAD = 8192;

    private final Path out;

    OutputFiles(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    void serve(Context ctx) throws IOException {
        String name = ctx.pathParam("path");
        Path p = out.resolve(name).normalize();
        if (name.contains("\\") || name.indexOf('\0') >= 0 || !p.startsWith(out) || !Files.isRegularFile(p)
                || p.getFileName().toString().startsWith(".")
                || !p.toRealPath().startsWith(out.toRealPath())) {
            throw Refusal.notFound("There is no edition " + name + " in the output folder yet; build the library "
                    + "first.");
        }
        byte[] bytes = Files.readAllBytes(p);
        String type = type(p.getFileName().toString());
        ctx.header("Cache-Control", "no-cache");
        if (type.startsWith("text/html")) {
            declaredPolicy(bytes).ifPresent(policy -> ctx.header("Content-Security-Policy", policy
                    + "; frame-ancestors 'none'"));
        }
        ctx.contentType(type).result(bytes);
    }

    /** The media type for a file name, by how it ends; unknown kinds as bytes (downloaded, never run). */
    static String type(String file) {
        String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** The policy a page declares in a meta element of its head, if it does. */
    static Optional<String> declaredPolicy(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, HEAD), StandardCharsets.UTF_8);
        int end = head.toLowerCase(Locale.ROOT).indexOf("</head>");
        Matcher m = DECLARED_POLICY.matcher(end < 0 ? head : head.substring(0, end));
        return m.find() ? Optional.of(m.group(1).replace("&#39;", "'").replace("&apos;", "'")) : Optional.empty();
    }
}
