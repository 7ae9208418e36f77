package org.guidekit.library;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.render.AtomicOutput;

/**
 * Writes {@code output/index.html}: every built guide with links to its handout, audio and talking book, and an
 * audio player, for clinic staff to open in a browser. Plain, accessible HTML: one heading per guide, link texts
 * that say what they open, no scripts.
 */
final class LibraryIndex {
    static final String FILE_NAME = "index.html";

    private LibraryIndex() {
    }

    static void write(Path out, List<BuildManifest.Entry> entries) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Patient guides</title>\n<style>body{font-family:sans-serif;font-size:1.25rem;")
                .append("line-height:1.5;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#000;")
                .append("background:#fff}a{color:#00c}li{margin:.25rem 0}")
                .append(".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}")
                .append("</style>\n</head>\n<body>\n")
                .append("<main>\n<h1>Patient guides</h1>\n");
        if (entries.isEmpty()) {
            html.append("<p>No guides have been built yet.</p>\n");
        }
        for (BuildManifest.Entry e : entries) {
            guide(html, out, e);
        }
        html.append("</main>\n</body>\n</html>\n");
        AtomicOutput.write(out.resolve(FILE_NAME), o -> {
            Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
            w.write(html.toString());
            w.flush();
        });
    }

    private static void guide(StringBuilder html, Path out, BuildManifest.Entry e) {
        String title = escape(e.title());
        html.append("<section aria-labelledby=\"").append(escape(e.name())).append("\">\n<h2 id=\"")
                .append(escape(e.name())).append("\">").append(title).append("</h2>\n<ul>\n");
        List<String> mp3s = new ArrayList<>();
        e.formats().values().stream().flatMap(o -> o.files().stream()).map(BuildManifest.Stamp::path)
                .sorted(java.util.Comparator.comparingInt(LibraryIndex::rank).thenComparing(f -> f))
                .forEach(f -> {
            String label = label(f);
            if (label != null && Files.exists(out.resolve(f))) {
                html.append("<li><a href=\"").append(escape(href(f))).append("\">").append(label)
                        .append("<span class=\"visually-hidden\"> for ").append(title).append("</span></a></li>\n");
                if (f.endsWith(".mp3") && !f.contains("/daisy/")) {
                    mp3s.add(f);
                }
            }
        });
        html.append("</ul>\n");
        for (String mp3 : mp3s) {
            html.append("<audio controls preload=\"none\" src=\"").append(escape(href(mp3)))
                    .append("\" aria-label=\"Listen to ").append(title).append("\"></audio>\n");
        }
        html.append("</section>\n");
    }

    /** Handout first, then what a listener wants: audio, transcript, talking book, download; then braille. */
    private static int rank(String file) {
        String[] order = {".pdf", ".mp3", ".wav", ".transcript.txt", "ncc.html", ".zip", ".brf", ".pef"};
        for (int i = 0; i < order.length; i++) {
            if (file.endsWith(order[i]) && !(i == 1 && file.contains("/daisy/"))) {
                return i;
            }
        }
        return order.length;
    }

    /** What a link opens, in words; null for files not worth a link (captions, single DAISY parts). */
    private static String label(String file) {
        if (file.endsWith("ncc.html")) {
            return "DAISY talking book (open ncc.html)";
        } else if (file.contains("/daisy/")) {
            return null;
        } else if (file.endsWith(".pdf")) {
            return "Large-print handout (PDF)";
        } else if (file.endsWith(".mp3")) {
            return "Audio (MP3)";
        } else if (file.endsWith(".wav")) {
            return "Audio (WAV)";
        } else if (file.endsWith(".transcript.txt")) {
            return "Transcript of the audio (text)";
        } else if (file.endsWith(".zip")) {
            return "DAISY talking book (zip to download)";
        } else if (file.endsWith(".brf")) {
            return "Braille (BRF)";
        } else if (file.endsWith(".pef")) {
            return "Braille for embossers (PEF)";
        }
        return null;
    }

    /** A relative URL for a file path: each segment percent-encoded, so "#" or "?" in a name stays part of it. */
    static String href(String path) {
        StringBuilder sb = new StringBuilder();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
