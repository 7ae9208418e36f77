package org.guidekit.serve;

import static org.guidekit.serve.Html.esc;
import static org.guidekit.serve.Html.url;

import java.util.List;

import org.guidekit.check.Finding;
import org.guidekit.check.GuideReport;

/**
 * The editor pages: a guide side by side with its findings and handout pages, a settings file on its own, and
 * the page shown when a save would overwrite a change made on disk (both versions, nothing lost).
 */
final class EditorPages {
    private final Layout layout;

    EditorPages(Layout layout) {
        this.layout = layout;
    }

    /** The page count of a handout whose layout has not finished in the time a page waits. */
    static final int STILL_LAYING_OUT = -1;

    /**
     * A guide: the Markdown editor, the findings linked to their lines, and the handout's pages.
     *
     * @param report the guide's review, or null while it is still running
     * @param pages the handout's page count, {@link #STILL_LAYING_OUT}, or 0 when it cannot be laid out (the
     *              findings say why)
     */
    String guide(String name, String title, SafeSave.Opened opened, GuideReport report, int pages, SignOff signOff,
                 String message, boolean alert) {
        return guide(name, title, opened, report, pages, signOff, message, alert, null);
    }

    /** {@link #guide}, offering {@code pictureLine} (the Markdown of a picture just added) to put in the text. */
    String guide(String name, String title, SafeSave.Opened opened, GuideReport report, int pages, SignOff signOff,
                 String message, boolean alert, String pictureLine) {
        StringBuilder b = new StringBuilder(opened.text().length() + 4096);
        b.append("<div class=\"columns\">\n<section class=\"editor\" aria-labelledby=\"editor-heading\">\n")
                .append("<h2 id=\"editor-heading\">Text</h2>\n");
        if (pictureLine != null) {
            b.append("<div class=\"picture-line\"><label for=\"picture-markdown\">The line that shows the new picture: ")
                    .append("copy it into the text where the picture belongs</label>\n<input id=\"picture-markdown\" ")
                    .append("type=\"text\" readonly size=\"60\" value=\"").append(esc(pictureLine)).append("\">\n")
                    .append("<button type=\"button\" id=\"insert-picture\" hidden>Insert the line at the cursor")
                    .append("</button></div>\n");
        }
        toolbar(b);
        editorForm(b, name, opened, "Markdown of " + name);
        b.append("<div class=\"speak\"><button type=\"button\" id=\"speak\" data-file=\"").append(esc(name))
                .append("\">Hear the selected text</button> <a href=\"/listen?file=").append(esc(url(name)))
                .append("\">Listen to the guide by section</a>\n")
                .append("<audio id=\"speech\" controls hidden></audio></div>\n");
        pictureForm(b, name);
        fileForms(b, name);
        b.append("</section>\n<section class=\"review\" aria-labelledby=\"findings-heading\">\n");
        if (report == null) {
            b.append("<h2 id=\"findings-heading\">Check findings</h2>\n<p class=\"running\" role=\"status\">The check is ")
                    .append(LibraryPages.STILL_CHECKING).append(".</p>\n");
        } else {
            findings(b, report);
        }
        signOff(b, name, opened, signOff);
        b.append("<h2 id=\"preview-heading\">Handout preview</h2>\n");
        if (report == null) {
            b.append("<p>No preview yet: the handout is laid out once the check has finished.</p>\n");
        } else if (pages == STILL_LAYING_OUT) {
            b.append("<p class=\"running\" role=\"status\">The handout is still being laid out (a long guide); "
                    + "reload the page in a moment.</p>\n");
        } else if (pages == 0) {
            b.append("<p>No preview: the handout cannot be made until the errors above are fixed.</p>\n");
        }
        for (int p = 1; p <= Math.max(0, pages); p++) {
            b.append("<figure><img class=\"page\" src=\"/preview?file=").append(esc(url(name))).append("&amp;page=")
                    .append(p).append("&amp;v=").append(esc(opened.version())).append("\" alt=\"Page ").append(p)
                    .append(" of ").append(pages).append(" of the large-print handout\" width=\"510\">")
                    .append("<figcaption>Page ").append(p).append(" of ").append(pages).append("</figcaption></figure>\n");
        }
        b.append("</section>\n</div>\n");
        return layout.page(title.equals(name) ? name : title + " (" + name + ")", "", message, alert, b.toString());
    }

    /** The building blocks the toolbar inserts: label, what it is called when announced, and its Markdown. */
    record Block(String id, String label, String spoken, String markdown) {
    }

    static final List<Block> BLOCKS = List.of(
            new Block("heading", "Heading", "a heading", "## Heading of the section\n"),
            new Block("steps", "Numbered list", "a numbered list", "1. First step\n2. Next step\n3. Last step\n"),
            new Block("warning", "Warning box", "a warning box",
                    "> [!WARNING]\n> Call 911 if you have chest pain.\n"),
            new Block("table", "Table", "a table",
                    "| When | What to do |\n| --- | --- |\n| Morning | Take one tablet |\n"),
            new Block("picture", "Picture", "a picture",
                    "![Describe what the picture shows](images/picture-name.png)\n"),
            new Block("link", "Link", "a link", "[words patients click](https://www.example.org/page)"));

    /**
     * The toolbar above the editor (WAI-ARIA's toolbar pattern: one tab stop, arrow keys move between the
     * buttons). Its buttons need the script, so it is hidden until the script shows it.
     */
    private static void toolbar(StringBuilder b) {
        b.append("<div role=\"toolbar\" id=\"blocks\" class=\"blocks\" aria-label=\"Insert a building block\" ")
                .append("aria-controls=\"editor\" hidden>\n");
        boolean first = true;
        for (Block block : BLOCKS) {
            b.append("<button type=\"button\" tabindex=\"").append(first ? "0" : "-1").append("\" data-block=\"")
                    .append(block.id()).append("\" data-spoken=\"").append(esc(block.spoken()))
                    .append("\" data-markdown=\"").append(esc(block.markdown())).append("\">")
                    .append(esc(block.label())).append("</button>\n");
            first = false;
        }
        b.append("</div>\n");
    }

    /** Adding a picture: the file and, asked for at once, the words that describe it. */
    private void pictureForm(StringBuilder b, String name) {
        b.append("<h2 id=\"picture-heading\">Add a picture</h2>\n<form method=\"post\" action=\"/picture\" ")
                .append("enctype=\"multipart/form-data\" class=\"picture\" aria-labelledby=\"picture-heading\">\n")
                .append(layout.tokenField()).append("<input type=\"hidden\" name=\"file\" value=\"").append(esc(name))
                .append("\">\n<label for=\"picture\">Picture (PNG or JPEG)</label>\n<input id=\"picture\" ")
                .append("name=\"picture\" type=\"file\" required accept=\"image/png,image/jpeg\">\n")
                .append("<label for=\"alt\">What the picture shows, for patients who cannot see it (alt text)</label>\n")
                .append("<input id=\"alt\" name=\"alt\" type=\"text\" size=\"50\" maxlength=\"")
                .append(Uploads.MAX_ALT).append("\" required>\n<p><button type=\"submit\" id=\"add-picture\">")
                .append("Add the picture</button></p>\n</form>\n");
    }

    /** Renaming the guide's file, and the first step of deleting it (the second is a page of its own). */
    private void fileForms(StringBuilder b, String name) {
        b.append("<h2 id=\"file-heading\">File</h2>\n<form method=\"post\" action=\"/rename\" class=\"rename\" ")
                .append("aria-labelledby=\"file-heading\">\n").append(layout.tokenField())
                .append("<input type=\"hidden\" name=\"file\" value=\"").append(esc(name)).append("\">\n")
                .append("<label for=\"new-name\">New file name</label>\n<input id=\"new-name\" name=\"to\" ")
                .append("type=\"text\" size=\"40\" maxlength=\"120\" required autocomplete=\"off\" value=\"")
                .append(esc(name.substring(name.lastIndexOf('/') + 1))).append("\">\n<p><button type=\"submit\" ")
                .append("id=\"rename\">Rename</button> <a href=\"/delete?file=").append(esc(url(name)))
                .append("\" id=\"delete\">Delete this guide</a></p>\n</form>\n");
    }

    /** The second step of deleting a guide: what happens, and the button that does it. */
    String confirmDelete(String name, String title) {
        String b = "<p>Delete <strong>" + esc(title) + "</strong> (" + esc(name) + ")? The file moves to the "
                + "backups folder of the content folder, so it can be brought back; its editions are removed at the "
                + "next build.</p>\n<form method=\"post\" action=\"/delete\">\n" + layout.tokenField()
                + "<input type=\"hidden\" name=\"file\" value=\"" + esc(name) + "\">\n<p><button type=\"submit\" "
                + "id=\"confirm-delete\">Delete the guide</button> <a href=\"" + editLink(name) + "\">Keep it and go "
                + "back</a></p>\n</form>\n";
        return layout.page("Delete " + name + "?", "", null, false, b);
    }

    /** Where the guide's review stands, and the clinician's "Mark as reviewed" with their name. */
    private void signOff(StringBuilder b, String name, SafeSave.Opened opened, SignOff s) {
        b.append("<h2 id=\"signoff-heading\">Review</h2>\n<p id=\"review-state\"")
                .append(s.changed() ? " class=\"problem\"" : "").append(">");
        if (s.changed()) {
            b.append("Changed since its review").append(esc(s.reviewed().map(d -> " of " + d).orElse("")))
                    .append(esc(s.by().map(r -> " by " + r).orElse(""))).append(": a clinician should review it again.");
        } else {
            b.append(esc(s.reviewed().map(d -> "Reviewed " + d + s.by().map(r -> " by " + r).orElse("") + ".")
                    .orElse("Not reviewed yet: the handout prints no review date.")));
        }
        if (s.draft()) {
            b.append(" This guide is a draft (draft: yes): it is built for preview but left off the library page.");
        }
        b.append("</p>\n<form method=\"post\" action=\"/review\" class=\"signoff\">").append(layout.tokenField())
                .append("<input type=\"hidden\" name=\"file\" value=\"").append(esc(name)).append("\">")
                .append("<input type=\"hidden\" name=\"version\" value=\"").append(esc(opened.version()))
                .append("\">\n<p>A clinician who has read this version and its findings signs it off; the handout then ")
                .append("prints today's date and their name.</p>\n<label for=\"reviewer\">Your name, as the handout ")
                .append("prints it</label>\n<input id=\"reviewer\" name=\"reviewer\" autocomplete=\"name\" ")
                .append("maxlength=\"80\" required>\n<button type=\"submit\" id=\"mark-reviewed\">Mark as reviewed")
                .append("</button>\n</form>\n");
    }

    private void editorForm(StringBuilder b, String name, SafeSave.Opened opened, String label) {
        b.append("<form method=\"post\" action=\"/save\" class=\"edit\">\n").append(layout.tokenField())
                .append("<input type=\"hidden\" name=\"file\" value=\"").append(esc(name)).append("\">\n")
                .append("<input type=\"hidden\" name=\"version\" value=\"").append(esc(opened.version())).append("\">\n")
                .append("<label for=\"editor\">").append(esc(label)).append("</label>\n")
                .append("<textarea id=\"editor\" name=\"text\" rows=\"30\" cols=\"80\" spellcheck=\"true\">")
                .append(esc(opened.text())).append("</textarea>\n")
                .append("<p><button type=\"submit\">Save and check</button></p>\n</form>\n");
    }

    static void findings(StringBuilder b, GuideReport report) {
        b.append("<h2 id=\"findings-heading\">Check findings</h2>\n<p id=\"summary\">").append(esc(summary(report)));
        report.readability().ifPresent(r -> b.append(" Reading grade ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", r.grade())).append(" (aim for ")
                .append(report.targetGrade()).append(" or lower)."));
        b.append("</p>\n");
        // errors first (they keep the guide from patients), then warnings, then notes; each in the order found
        List<Finding> all = report.findings().stream()
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        if (all.isEmpty()) {
            b.append("<p>Nothing to fix.</p>\n");
            return;
        }
        b.append("<ol id=\"findings\" class=\"findings\">\n");
        for (Finding f : all) {
            b.append("<li class=\"").append(f.severity().label()).append("\"><span class=\"severity\">")
                    .append(esc(f.severity().label())).append("</span> ");
            if (f.line() > 0) {
                b.append("<a href=\"#editor\" data-line=\"").append(f.line()).append("\">Line ").append(f.line())
                        .append("</a>: ");
            }
            b.append(esc(f.message()));
            if (!f.action().isEmpty()) {
                b.append("; ").append(esc(f.action()));
            }
            b.append(" <span class=\"rule\">[").append(esc(f.rule())).append("]</span></li>\n");
        }
        b.append("</ol>\n");
    }

    /**
     * The count of findings, saying what blocks printing: "2 errors, which keep every edition from being made until
     * they are fixed; 1 warning and 3 notes, which do not." or "0 errors, 1 warning and 3 notes: nothing blocks
     * printing."
     */
    static String summary(GuideReport report) {
        long errors = report.count(org.guidekit.check.Severity.ERROR);
        String rest = count(report.count(org.guidekit.check.Severity.WARNING), "warning") + " and "
                + count(report.count(org.guidekit.check.Severity.INFO), "note");
        return errors == 0 ? "0 errors, " + rest + ": nothing blocks printing."
                : count(errors, "error") + (errors == 1 ? ", which keeps" : ", which keep")
                        + " the handout and every other edition from being made until fixed; " + rest
                        + ", which do not.";
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** A settings file in the editor, with what it is for. */
    String settingsFile(String name, SafeSave.Opened opened, String about, String message, boolean alert) {
        StringBuilder b = new StringBuilder(opened.text().length() + 2048);
        b.append("<p>").append(esc(about)).append("</p>\n");
        editorForm(b, name, opened, "Text of " + name);
        return layout.page(name, "/settings", message, alert, b.toString());
    }

    /** A save refused because the file changed on disk: both versions, and how to go on. */
    String conflict(String name, String mine, String disk, String diskVersion) {
        StringBuilder b = new StringBuilder(mine.length() + disk.length() + 4096);
        b.append("<p>Someone (or another program) changed <strong>").append(esc(name))
                .append("</strong> after you opened it. Nothing was saved and nothing is lost: your text is below, ")
                .append("next to the version on disk. Copy what you need from one into the other, then save.</p>\n")
                .append("<div class=\"columns\">\n<section aria-labelledby=\"mine-heading\">\n")
                .append("<h2 id=\"mine-heading\">Your version</h2>\n")
                .append("<form method=\"post\" action=\"/save\">\n").append(layout.tokenField())
                .append("<input type=\"hidden\" name=\"file\" value=\"").append(esc(name)).append("\">\n")
                .append("<input type=\"hidden\" name=\"version\" value=\"").append(esc(diskVersion)).append("\">\n")
                .append("<label for=\"editor\">Your text (saving it replaces the version on disk, which is kept as a ")
                .append("backup)</label>\n<textarea id=\"editor\" name=\"text\" rows=\"30\" cols=\"70\">")
                .append(esc(mine)).append("</textarea>\n<p><button type=\"submit\">Save my version</button></p>\n")
                .append("</form>\n</section>\n<section aria-labelledby=\"disk-heading\">\n")
                .append("<h2 id=\"disk-heading\">The version on disk now</h2>\n")
                .append("<label for=\"disk\">Text on disk (read only)</label>\n")
                .append("<textarea id=\"disk\" rows=\"30\" cols=\"70\" readonly>").append(esc(disk))
                .append("</textarea>\n<p><a href=\"").append(editLink(name))
                .append("\">Open the version on disk instead</a></p>\n</section>\n</div>\n");
        return layout.page("Not saved: " + name + " changed on disk", "", "Not saved: the file changed on disk "
                + "since you opened it.", true, b.toString());
    }

    static String editLink(String name) {
        return (ContentFiles.SETTINGS.contains(name) ? "/settings/edit?file=" : "/guide?file=") + url(name);
    }
}
