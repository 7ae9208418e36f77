package org.guidekit.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import io.javalin.http.Context;

/** The editions in the output folder, served read-only under {@code /output/} so each can be opened from the page. */
final class OutputFiles {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "pdf",
            "application/pdf", "mp3", "audio/mpeg", "wav", "audio/wav", "vtt", "text/vtt; charset=utf-8", "txt",
            "text/plain; charset=utf-8", "smil", "application/smil+xml", "zip", "application/zip", "brf",
            "text/plain; charset=us-ascii", "pef", "application/x-pef+xml");

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
            throw Refusal.notFound("There is no edition " + name + " in " + out + "; build the library first.");
        }
        String file = p.getFileName().toString();
        String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream")).result(Files.readAllBytes(p));
    }
}
