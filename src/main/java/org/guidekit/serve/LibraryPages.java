package org.guidekit.serve;

import static org.guidekit.serve.Html.esc;
import static org.guidekit.serve.Html.url;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import org.guidekit.check.GuideReport;
import org.guidekit.check.Severity;
import org.guidekit.library.PublishedEditions;
import org.guidekit.render.audio.SpeechPreview;
import org.guidekit.render.speech.SpeechScript;
import org.guidekit.render.speech.SpeechSection;
import org.guidekit.render.speech.Utterance;

/** The pages about the whole library: the list of guides, a new guide, the settings files, the build, listening. */
final class LibraryPages {
    private final Layout layout;

    LibraryPages(Layout layout) {
        this.layout = layout;
    }

    /** What a page shows for a guide whose check has not finished in the time a page waits. */
    static final String STILL_CHECKING = "still checking (a long guide); reload the page in a moment";

    /** One row of the guide list; {@code report} is null while the guide is still being checked. */
    record Row(String name, String title, GuideReport report, boolean upToDate, SignOff signOff) {
    }

    String list(List<Row> rows, Path root, String message) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<p>The guides in the content folder <code>").append(esc(root.getFileName() == null ? root
                : root.getFileName())).append("</code>. Open one to edit, check, preview and ")
                .append("listen to it.</p>\n");
        if (rows.isEmpty()) {
            b.append("<p>There are no guides yet. <a href=\"/new\">Start a new guide</a>.</p>\n");
        } else {
            b.append("<table class=\"guides\">\n<caption>Guides and their state</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">Guide</th><th scope=\"col\">Check</th>")
                    .append("<th scope=\"col\">Reading grade</th><th scope=\"col\">Review</th>")
                    .append("<th scope=\"col\">Editions</th></tr></thead>\n<tbody>\n");
            for (Row r : rows) {
                if (r.report() == null) {
                    b.append("<tr><th scope=\"row\"><a href=\"/guide?file=").append(esc(url(r.name()))).append("\">")
                            .append(esc(r.title())).append("</a><br><span class=\"file\">").append(esc(r.name()))
                            .append("</span></th><td class=\"running\">").append(STILL_CHECKING)
                            .append("</td><td>-</td>").append(review(r.signOff())).append("<td>")
                            .append(r.upToDate() ? "up to date" : "needs building")
                            .append("</td></tr>\n");
                    continue;
                }
                long errors = r.report().count(Severity.ERROR);
                long warnings = r.report().count(Severity.WARNING);
                String check = errors > 0 ? errors + (errors == 1 ? " error" : " errors")
                        : warnings > 0 ? warnings + (warnings == 1 ? " warning" : " warnings") : "no problems";
                b.append("<tr><th scope=\"row\"><a href=\"/guide?file=").append(esc(url(r.name()))).append("\">")
                        .append(esc(r.title())).append("</a><br><span class=\"file\">").append(esc(r.name()))
                        .append("</span></th><td class=\"").append(errors > 0 ? "error" : warnings > 0 ? "warning" : "ok")
                        .append("\">").append(check).append("</td><td>")
                        .append(r.report().readability().map(s -> String.format(Locale.ROOT, "%.1f", s.grade()))
                                .orElse("-")).append("</td>").append(review(r.signOff())).append("<td>")
                        .append(r.upToDate() ? "up to date" : "needs building").append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        return layout.page("Guides", "/", message, false, b.toString());
    }

    private static String review(SignOff s) {
        return "<td" + (s.changed() ? " class=\"warning\"" : "") + ">" + esc(s.state()) + "</td>";
    }

    String newGuide(String title, String message) {
        String b = "<p>Give the guide a title. guidekit makes its file from the title and fills it with example text "
                + "and notes that explain each part.</p>\n<form method=\"post\" action=\"/new\">\n"
                + layout.tokenField() + "<label for=\"title\">Title of the new guide</label>\n"
                + "<input id=\"title\" name=\"title\" type=\"text\" size=\"50\" maxlength=\"120\" required "
                + "autocomplete=\"off\" value=\"" + esc(title) + "\">\n<p><button type=\"submit\">Create the guide"
                + "</button></p>\n</form>\n"
                + "<h2 id=\"import-heading\">Import a Word document</h2>\n<p>A leaflet written in Word (.docx) becomes a "
                + "guide, with its pictures in the pictures folder. The guide then opens with what the import left out "
                + "and why. An existing guide is never replaced.</p>\n"
                + "<form method=\"post\" action=\"/import\" enctype=\"multipart/form-data\" "
                + "aria-labelledby=\"import-heading\">\n" + layout.tokenField()
                + "<label for=\"document\">Word document (.docx)</label>\n<input id=\"document\" name=\"document\" "
                + "type=\"file\" required accept=\".docx,application/vnd.openxmlformats-officedocument."
                + "wordprocessingml.document\">\n<p><button type=\"submit\" id=\"import\">Import the document</button>"
                + "</p>\n</form>\n";
        return layout.page("New guide", "/new", message, message != null, b);
    }

    String settingsList() {
        StringBuilder b = new StringBuilder("<ul class=\"files\">\n");
        for (String name : ContentFiles.SETTINGS) {
            b.append("<li><a href=\"/settings/edit?file=").append(esc(url(name))).append("\">").append(esc(name))
                    .append("</a>: ").append(esc(about(name))).append("</li>\n");
        }
        b.append("</ul>\n");
        return layout.page("Settings and lists", "/settings", null, false, b.toString());
    }

    static String about(String name) {
        return switch (name) {
            case "guidekit.yaml" -> "the clinic's settings: organization, size, paper, formats, rate, pitch, "
                    + "library-title and library-introduction (one per line, as key: value).";
            case "allowed-links.yaml" -> "the web sites guides may link to, one per line (- medlineplus.gov).";
            case "pronunciations.yaml" -> "how the voice says hard words, one per line (baclofen: BACK-low-fen).";
            case "plain-words.yaml" -> "medical terms and the everyday words check suggests for them, one per line "
                    + "(dyspnea: trouble breathing).";
            default -> "";
        };
    }

    /**
     * The build page: a guide not built is said first (with a link to its findings), then the progress, then every
     * edition of every built guide, as the library page lists them.
     */
    String build(boolean running, List<String> log, Optional<BuildResult> result,
                 List<PublishedEditions.Guide> editions) {
        StringBuilder b = new StringBuilder(4096);
        result.filter(r -> !r.ok()).ifPresent(r -> notBuilt(b, r));
        b.append("<p>Makes every edition of every guide. Guides that have not changed are skipped.</p>\n")
                .append("<form method=\"post\" action=\"/build\">").append(layout.tokenField())
                .append("<button type=\"submit\" id=\"build\"").append(running ? " disabled" : "").append('>')
                .append(running ? "Building ..." : "Build the library").append("</button></form>\n")
                .append("<h2 id=\"log-heading\">Progress</h2>\n")
                .append("<div role=\"log\" aria-live=\"polite\" aria-labelledby=\"log-heading\">")
                .append("<ol id=\"build-log\" class=\"log\"").append(running ? " data-follow=\"true\"" : "")
                .append(">\n");
        for (String line : log) {
            b.append("<li>").append(esc(line)).append("</li>\n");
        }
        b.append("</ol></div>\n");
        if (running) {
            b.append("<p id=\"reload\"><a href=\"/build\">Show the latest progress</a></p>\n");
        }
        editions(b, editions);
        String message = result.map(BuildResult::summary).orElse(null);
        return layout.page("Build the library", "/build", message, result.map(r -> !r.ok()).orElse(false),
                b.toString());
    }

    private static void notBuilt(StringBuilder b, BuildResult r) {
        b.append("<section aria-labelledby=\"not-built-heading\">\n<h2 id=\"not-built-heading\">")
                .append(r.notBuilt().size() == 1 ? "1 guide was not built" : r.notBuilt().size()
                        + " guides were not built").append("</h2>\n<ul id=\"not-built\">\n");
        for (BuildResult.NotBuilt n : r.notBuilt()) {
            b.append("<li>");
            if (n.file().isEmpty()) {
                b.append(esc(n.title()));
            } else {
                b.append("<a href=\"/guide?file=").append(esc(url(n.file()))).append("#findings-heading\">")
                        .append(esc(n.title())).append("</a>");
            }
            b.append(": ").append(esc(n.reason())).append("</li>\n");
        }
        b.append("</ul>\n<p>Open a guide to see its findings and put them right, then build again.</p>\n</section>\n");
    }

    private static void editions(StringBuilder b, List<PublishedEditions.Guide> guides) {
        b.append("<h2 id=\"outputs-heading\">Editions</h2>\n");
        if (guides.isEmpty()) {
            b.append("<p>Nothing has been built yet.</p>\n");
            return;
        }
        b.append("<p><a href=\"/output/index.html\">Open the library page</a>, as patients see it.</p>\n");
        for (PublishedEditions.Guide g : guides) {
            String id = "editions-" + g.name();
            b.append("<section aria-labelledby=\"").append(esc(id)).append("\">\n<h3 id=\"").append(esc(id))
                    .append("\">").append(esc(g.title())).append("</h3>\n")
                    .append(g.draft() ? "<p>A draft: built for preview, not on the library page.</p>\n" : "")
                    .append("<ul class=\"files\">\n");
            for (PublishedEditions.Edition e : g.editions()) {
                b.append("<li><a href=\"/output/").append(esc(href(e.path()))).append("\">").append(esc(e.label()))
                        .append("<span class=\"visually-hidden\"> for ").append(esc(g.title())).append("</span></a>")
                        .append(e.sized() ? ", " + PublishedEditions.size(e.size()) : "").append("</li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
    }

    /** A URL path for an output file: each segment percent-encoded. */
    private static String href(String path) {
        StringBuilder sb = new StringBuilder();
        for (String segment : path.split("/")) {
            sb.append(sb.length() > 0 ? "/" : "").append(java.net.URLEncoder.encode(segment,
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /** The guide section by section, each with a player and its transcript, sentence by sentence. */
    /**
     * @param lengths each section's length in milliseconds where known (already spoken), else -1: then the page
     *                says an estimate from its words at {@code wordsPerMinute}, and the script puts the exact
     *                length in its place once the sound's details have loaded
     */
    String listen(String name, SpeechScript script, long[] lengths, int wordsPerMinute) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<p>Play a section to hear it as the audio edition says it; the sentence being read is ")
                .append("highlighted. <a href=\"/guide?file=").append(esc(url(name))).append("\">Back to the editor</a>")
                .append("</p>\n");
        List<SpeechSection> sections = script.sections();
        for (int i = 0; i < sections.size(); i++) {
            SpeechSection s = sections.get(i);
            String id = "section-" + i;
            b.append("<section class=\"listen\" aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id)
                    .append("\">").append(esc(s.title())).append("</h2>\n")
                    .append("<audio controls preload=\"none\" aria-labelledby=\"").append(id)
                    .append("\" data-transcript=\"t-").append(i).append("\" data-timings=\"/section-timings?file=")
                    .append(esc(url(name))).append("&amp;section=").append(i).append("\" src=\"/section-audio?file=")
                    .append(esc(url(name))).append("&amp;section=").append(i).append("\" data-length=\"length-")
                    .append(i).append("\"></audio>\n<p class=\"length\" id=\"length-").append(i).append('"')
                    .append(lengths[i] >= 0 ? " data-exact=\"true\">Length: " + duration(lengths[i])
                            : ">Length: about " + duration(estimate(s.wordCount(), wordsPerMinute)) + " (estimated "
                            + "from its " + s.wordCount() + (s.wordCount() == 1 ? " word" : " words") + ")")
                    .append("</p>\n<p id=\"t-").append(i)
                    .append("\" class=\"transcript\">");
            int n = 0;
            for (Utterance u : s.utterances()) {
                for (Utterance.Sentence sentence : u.sentences()) {
                    b.append("<span data-sentence=\"").append(n++).append("\">").append(esc(sentence.text()))
                            .append("</span> ");
                }
            }
            b.append("</p>\n</section>\n");
        }
        return layout.page("Listen: " + name, "", null, false, b.toString());
    }

    /** A section's length from its words at the voice's rate, in milliseconds (pauses make the real one longer). */
    static long estimate(int words, int wordsPerMinute) {
        return Math.round(words * 60_000.0 / wordsPerMinute);
    }

    /** "1 min 5 s", "40 s" (at least 1 s). */
    static String duration(long millis) {
        long s = Math.max(1, Math.round(millis / 1000.0));
        return (s >= 60 ? s / 60 + " min " : "") + s % 60 + " s";
    }

    /** The sentences' times in a section's sound, as JSON: {@code [[begin, end], ...]} in milliseconds. */
    static String timings(SpeechPreview.Speech speech) {
        StringBuilder b = new StringBuilder("[");
        for (SpeechPreview.TimedSentence s : speech.sentences()) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('[').append(s.beginMs()).append(',').append(s.endMs()).append(']');
        }
        return b.append(']').toString();
    }
}
