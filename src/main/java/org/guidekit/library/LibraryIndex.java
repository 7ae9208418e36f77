package org.guidekit.library;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Collator;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.guidekit.read.Settings;
import org.guidekit.render.AtomicOutput;
import org.guidekit.render.xml.XmlEscaping;

/**
 * Writes {@code output/index.html}, the library page a clinic publishes: its title and introduction from
 * {@code guidekit.yaml}, then every guide sorted by title, with a line saying what it is about, its language when
 * that is not English, and links that say what they open and how large it is (the read-along page first). Plain,
 * accessible HTML with no script; a Content-Security-Policy allows only its own inline style (by hash).
 */
final class LibraryIndex {
    static final String FILE_NAME = "index.html";
    private static final String LANGUAGE = "en";
    static final String STYLE = "body{font-family:Verdana,\"DejaVu Sans\",system-ui,sans-serif;font-size:1.25rem;"
            + "line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;color:#111;background:#fff}"
            + "a{color:#0b4fa8}a:visited{color:#5a2d91}li{margin:.35rem 0}h2{margin:2rem 0 .25rem}"
            + ".about{margin:.25rem 0}.language{margin:.25rem 0;font-style:italic}"
            + ":focus-visible{outline:.2rem solid #c2410c;outline-offset:.15rem}"
            + "@media (prefers-color-scheme:dark){body{color:#f3f3f3;background:#121417}a{color:#9cc7ff}"
            + "a:visited{color:#d7b8ff}:focus-visible{outline-color:#ffb86b}}"
            + "@media (min-width:40em){body{font-size:1.375rem}}"
            + ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
            + "white-space:nowrap}";

    private LibraryIndex() {
    }

    static void write(Path out, BuildManifest manifest, Settings settings) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(LANGUAGE).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
                .append(sha256(STYLE)).append("'; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<title>").append(escape(settings.libraryTitle())).append("</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(escape(settings.libraryTitle())).append("</h1>\n<p>")
                .append(escape(settings.libraryIntroduction())).append("</p>\n");
        // drafts are built for preview in the workspace but not published
        List<BuildManifest.Entry> entries = sorted(manifest.entries()).stream()
                .filter(e -> !manifest.about(e.name()).map(BuildManifest.About::draft).orElse(false)).toList();
        if (entries.isEmpty()) {
            html.append("<p>No guides have been built yet.</p>\n");
        }
        for (BuildManifest.Entry e : entries) {
            guide(html, out, e, manifest.about(e.name()).orElse(new BuildManifest.About(LANGUAGE, "")));
        }
        html.append("</main>\n</body>\n</html>\n");
        AtomicOutput.write(out.resolve(FILE_NAME), o -> {
            Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
            w.write(html.toString());
            w.flush();
        });
    }

    /** By title as a reader sorts (case and accents aside), then by name; the same order in every process. */
    static List<BuildManifest.Entry> sorted(List<BuildManifest.Entry> entries) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return entries.stream().sorted(Comparator.comparing(BuildManifest.Entry::title, collator)
                .thenComparing(BuildManifest.Entry::name)).toList();
    }

    private static void guide(StringBuilder html, Path out, BuildManifest.Entry e, BuildManifest.About about) {
        String title = escape(e.title());
        String lang = foreign(about.language()) ? " lang=\"" + escape(about.language()) + "\"" : "";
        html.append("<section aria-labelledby=\"").append(escape(e.name())).append("\">\n<h2 id=\"")
                .append(escape(e.name())).append("\"").append(lang).append(">").append(title).append("</h2>\n");
        if (!about.description().isBlank()) {
            html.append("<p class=\"about\"").append(lang).append(">").append(escape(about.description()))
                    .append("</p>\n");
        }
        if (foreign(about.language())) {
            Locale l = Locale.forLanguageTag(about.language());
            html.append("<p class=\"language\">In ").append(escape(l.getDisplayLanguage(Locale.ENGLISH)))
                    .append(" (<span").append(lang).append(">").append(escape(l.getDisplayLanguage(l)))
                    .append("</span>)</p>\n");
        }
        html.append("<ul>\n");
        for (PublishedEditions.Edition ed : PublishedEditions.editions(out, e)) {
            html.append("<li><a href=\"").append(escape(href(ed.path()))).append("\">").append(ed.label())
                    .append("<span class=\"visually-hidden\"> for ").append(title).append("</span></a>")
                    .append(ed.sized() ? ", " + PublishedEditions.size(ed.size()) : "").append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private static boolean foreign(String languageTag) {
        return !Locale.forLanguageTag(languageTag).getLanguage().equals(LANGUAGE);
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
        return XmlEscaping.attribute(s);
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
