package org.guidekit.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.check.GuideReport;
import org.guidekit.check.Severity;
import org.guidekit.error.ContentException;
import org.guidekit.error.GuidekitException;
import org.guidekit.library.PublishedEditions;
import org.guidekit.read.GuideReview;
import org.guidekit.library.BuildSession;
import org.guidekit.library.NewGuide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.pdf.PagePreview;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** Every address of the workspace and what it does; the pages themselves are drawn by the *Pages classes. */
final class Routes {
    private final Library library;
    private final ContentFiles files;
    private final BuildTask build;
    private final RequestGuard guard;
    private final PrintWriter log;
    private final Layout layout;
    private final EditorPages editor;
    private final LibraryPages pages;
    private final SafeSave saver;
    private final Listening listening;
    private final Uploads uploads;

    Routes(Library library, BuildTask build, RequestGuard guard, PrintWriter log) {
        this.library = library;
        this.files = library.files();
        this.build = build;
        this.guard = guard;
        this.log = log;
        this.layout = new Layout(guard.token());
        this.editor = new EditorPages(layout);
        this.pages = new LibraryPages(layout);
        this.saver = new SafeSave(files);
        this.listening = new Listening(library);
        this.uploads = new Uploads(files);
    }

    void register(JavalinConfig config) {
        var r = config.routes;
        r.before(guard::check);
        r.get("/", this::list);
        r.get("/guide", this::guide);
        r.post("/save", this::save);
        r.post("/review", this::markReviewed);
        r.post("/picture", this::addPicture);
        r.post("/import", this::importWord);
        r.post("/rename", this::rename);
        r.get("/delete", this::confirmDelete);
        r.post("/delete", this::delete);
        r.get("/preview", this::preview);
        r.get("/listen", ctx -> {
            Path file = files.guide(param(ctx, "file"));
            var script = listening.script(file);
            Workspace.html(ctx, pages.listen(param(ctx, "file"), script,
                    listening.knownLengths(file, script.sections().size()), listening.wordsPerMinute()));
        });
        r.get("/section-audio", listening::sectionAudio);
        r.get("/section-timings", listening::sectionTimings);
        r.post("/speak", listening::speak);
        r.get("/new", ctx -> Workspace.html(ctx, pages.newGuide("", null)));
        r.post("/new", this::create);
        r.get("/settings", ctx -> Workspace.html(ctx, pages.settingsList()));
        r.get("/settings/edit", this::settingsFile);
        r.get("/build", ctx -> Workspace.html(ctx, pages.build(build.running(), build.log(), build.result(),
                PublishedEditions.in(library.out()))));
        r.post("/build", this::startBuild);
        r.sse("/build/events", build::follow);
        r.get("/output/<path>", new OutputFiles(library.out())::serve);
        r.get("/static/workspace.css", ctx -> resource(ctx, "workspace.css", "text/css; charset=utf-8"));
        r.get("/static/workspace.js", ctx -> resource(ctx, "workspace.js", "text/javascript; charset=utf-8"));
        r.exception(Exception.class, this::problem);
        r.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                ctx.html(layout.page("Not found", "", "There is no page at " + ctx.path() + ".", true,
                        "<p><a href=\"/\">Go to the list of guides</a></p>"));
            }
        });
    }

    private void list(Context ctx) {
        List<LibraryPages.Row> rows = new ArrayList<>();
        long deadline = library.pageDeadline();
        try (BuildSession session = library.session()) { // "up to date" is the build's own answer
            for (Path f : files.guides()) {
                GuideReport report = library.reviewBy(f, deadline).orElse(null);
                rows.add(new LibraryPages.Row(files.name(f), title(f), report, session.upToDate(f), signOff(f)));
            }
        }
        String deleted = ctx.queryParam("deleted");
        Workspace.html(ctx, pages.list(rows, files.root(), deleted == null ? ctx.queryParam("saved")
                : "Deleted " + deleted + ". The file is kept in the backups folder of the content folder; its "
                        + "editions are removed at the next build."));
    }

    private SignOff signOff(Path file) {
        try {
            return SignOff.of(library.read(file).metadata());
        } catch (ContentException e) {
            return SignOff.UNKNOWN;
        }
    }

    private String title(Path file) {
        try {
            return library.read(file).metadata().title();
        } catch (ContentException e) {
            return MarkdownGuideReader.name(file);
        }
    }

    private void guide(Context ctx) {
        String name = param(ctx, "file");
        Path file = files.guide(name);
        if (!Files.isRegularFile(file)) {
            throw Refusal.notFound("There is no guide " + name + " in the content folder.");
        }
        String picture = ctx.queryParam("picture");
        String pictureLine = null;
        String message = ctx.queryParam("saved") != null ? "Saved. The findings and pages below are up to date."
                : ctx.queryParam("reviewed") != null ? "Marked as reviewed today by " + signOff(file).by().orElse("")
                        + "; the handout prints it."
                : ctx.queryParam("renamed") != null ? "Renamed to " + name + ". Its editions under the old name are "
                        + "removed at the next build." : null;
        if (picture != null && ctx.queryParam("alt") != null) {
            pictureLine = new Uploads.SavedPicture(picture, Uploads.alt(ctx.queryParam("alt"))).markdown();
            message = "The picture is saved as " + picture + ". Put this line in the text where it belongs: "
                    + pictureLine;
        }
        if (ctx.queryParam("imported") != null) {
            String notes = uploads.takeImportNotes(name);
            message = notes != null ? notes : "Imported as " + name + ".";
        }
        showGuide(ctx, name, file, SafeSave.open(file), message, false, pictureLine);
    }

    private void showGuide(Context ctx, String name, Path file, SafeSave.Opened opened, String message, boolean alert) {
        showGuide(ctx, name, file, opened, message, alert, null);
    }

    private void showGuide(Context ctx, String name, Path file, SafeSave.Opened opened, String message, boolean alert,
                           String pictureLine) {
        GuideReport report = library.reviewBy(file, library.pageDeadline()).orElse(null);
        if (report == null) {
            Workspace.html(ctx, editor.guide(name, title(file), opened, null, 0, signOff(file), message, alert,
                    pictureLine));
            return;
        }
        int pageCount = 0;
        if (report.count(Severity.ERROR) == 0 || report.findings().stream().noneMatch(f -> f.rule().equals("render")
                || f.rule().equals("structure"))) {
            try {
                pageCount = library.previewBy(file, library.pageDeadline()).map(PagePreview::pages)
                        .orElse(EditorPages.STILL_LAYING_OUT);
            } catch (GuidekitException e) {
                pageCount = 0; // the findings say why
            }
        }
        Workspace.html(ctx, editor.guide(name, title(file), opened, report, pageCount, signOff(file), message,
                alert, pictureLine));
    }

    /** POST /picture: saved into images/, then the guide's page offers the line to put in the text. */
    private void addPicture(Context ctx) {
        String name = param(ctx, "file");
        Path file = files.guide(name);
        if (!Files.isRegularFile(file)) {
            throw Refusal.notFound("There is no guide " + name + " in the content folder.");
        }
        Uploads.SavedPicture saved;
        try {
            saved = uploads.picture(ctx);
        } catch (Refusal e) {
            if (e.status() == 400 || e.status() == 403 || e.status() == 404) {
                throw e;
            }
            ctx.status(e.status());
            showGuide(ctx, name, file, SafeSave.open(file), "Picture not added: " + e.getMessage(), true);
            return;
        }
        ctx.redirect(EditorPages.editLink(name) + "&picture=" + Html.url(saved.src()) + "&alt="
                + Html.url(saved.alt()), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** POST /import: the Word document imported as guidekit import does; the new guide opens with its findings. */
    private void importWord(Context ctx) {
        String name;
        try {
            name = uploads.importWord(ctx);
        } catch (Refusal e) {
            if (e.status() == 400 || e.status() == 403) {
                throw e;
            }
            ctx.status(e.status());
            Workspace.html(ctx, pages.newGuide("", e.getMessage()));
            return;
        }
        ctx.redirect(EditorPages.editLink(name) + "&imported=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** POST /rename (file, to): a new file name in the same folder, never over an existing file. */
    private void rename(Context ctx) {
        String name = param(ctx, "file");
        Path from = files.guide(name);
        String to = ctx.formParam("to") == null ? "" : ctx.formParam("to").strip();
        if (!to.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
            to = to + ".md";
        }
        if (to.contains("/") || to.contains("\\") || to.startsWith(".") || to.equals(".md")) {
            ctx.status(422);
            showGuide(ctx, name, from, SafeSave.open(from), "Not renamed: give a file name alone, such as "
                    + "back-care.md (no folder, not starting with a dot).", true);
            return;
        }
        int slash = name.lastIndexOf('/');
        String newName = (slash < 0 ? "" : name.substring(0, slash + 1)) + to;
        if (newName.equals(name)) {
            ctx.redirect(EditorPages.editLink(name), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        Path target;
        try {
            target = files.guide(newName);
            saver.rename(from, target);
        } catch (Refusal e) {
            if (e.status() == 404 || !Files.isRegularFile(from)) {
                throw e;
            }
            ctx.status(e.status() == 400 ? 422 : e.status());
            showGuide(ctx, name, from, SafeSave.open(from), e.getMessage().startsWith("Not renamed")
                    ? e.getMessage() : "Not renamed: " + e.getMessage(), true);
            return;
        }
        ctx.redirect(EditorPages.editLink(files.name(target)) + "&renamed=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** GET /delete: the confirmation step, a form of its own, so a guide is never deleted by one click. */
    private void confirmDelete(Context ctx) {
        String name = param(ctx, "file");
        Path file = files.guide(name);
        if (!Files.isRegularFile(file)) {
            throw Refusal.notFound("There is no guide " + name + " in the content folder.");
        }
        Workspace.html(ctx, editor.confirmDelete(name, title(file)));
    }

    /** POST /delete: the guide moves to the backups; its editions go at the next build. */
    private void delete(Context ctx) {
        String name = param(ctx, "file");
        Path file = files.guide(name);
        String title = Files.isRegularFile(file) ? title(file) : name;
        saver.delete(file);
        ctx.redirect("/?deleted=" + Html.url(title), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void save(Context ctx) {
        String name = param(ctx, "file");
        Path file = files.editable(name);
        String text = ctx.formParam("text");
        String version = ctx.formParam("version");
        if (text == null || version == null) {
            throw Refusal.badRequest("The form was incomplete (no text or version); reload the page.");
        }
        SafeSave.Outcome outcome;
        try {
            outcome = saver.save(file, text, version);
        } catch (Refusal e) {
            if (e.status() != 422) {
                throw e;
            }
            // Keep the staff member's text in the editor with the reason; nothing is lost.
            ctx.status(422);
            SafeSave.Opened mine = new SafeSave.Opened(SafeSave.normalise(text), version);
            if (files.isSettings(file)) {
                Workspace.html(ctx, editor.settingsFile(name, mine, LibraryPages.about(name), e.getMessage(), true));
            } else {
                showGuide(ctx, name, file, mine, e.getMessage(), true);
            }
            return;
        }
        if (!outcome.saved()) {
            ctx.status(409);
            Workspace.html(ctx, editor.conflict(name, SafeSave.normalise(text), outcome.diskText(), outcome.version()));
            return;
        }
        ctx.redirect(EditorPages.editLink(name) + "&saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /**
     * "Mark as reviewed": the guide as the clinician read it (same version as their page) is signed off with their
     * name and today's date, through the same safe save as an edit (backup kept, a file changed on disk refused).
     */
    private void markReviewed(Context ctx) {
        String name = param(ctx, "file");
        Path file = files.guide(name);
        String version = ctx.formParam("version");
        if (version == null || !Files.isRegularFile(file)) {
            throw Refusal.badRequest("The form was incomplete; reload the guide's page.");
        }
        SafeSave.Opened now = SafeSave.open(file);
        if (!now.version().equals(version)) {
            ctx.status(409);
            showGuide(ctx, name, file, now, "Not marked as reviewed: the guide changed since you opened it. Read "
                    + "this version, then mark it as reviewed.", true);
            return;
        }
        String signed;
        try {
            signed = GuideReview.signOff(now.text(), name, LocalDate.now(), ctx.formParam("reviewer"));
        } catch (ContentException e) {
            ctx.status(422);
            showGuide(ctx, name, file, now, "Not marked as reviewed: " + e.problems().get(0).message() + ".", true);
            return;
        }
        if (!saver.save(file, signed, version).saved()) {
            ctx.status(409);
            showGuide(ctx, name, file, SafeSave.open(file), "Not marked as reviewed: the guide changed on disk "
                    + "just now. Read this version, then mark it as reviewed.", true);
            return;
        }
        ctx.redirect(EditorPages.editLink(name) + "&reviewed=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void preview(Context ctx) {
        Path file = files.guide(param(ctx, "file"));
        int page = intParam(ctx, "page", 1);
        byte[] png = library.preview(file).png(page - 1, 60);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("image/png").result(png);
    }

    private void create(Context ctx) {
        String title = ctx.formParam("title");
        try {
            var organization = library.context().settings().organization();
            Path file = NewGuide.create(files.root(), title, organization).guide();
            ctx.redirect("/guide?file=" + Html.url(files.name(file)), io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (GuidekitException e) {
            ctx.status(422);
            Workspace.html(ctx, pages.newGuide(title == null ? "" : title, e.getMessage()));
        }
    }

    private void settingsFile(Context ctx) {
        String name = param(ctx, "file");
        if (!ContentFiles.SETTINGS.contains(name)) {
            throw Refusal.badRequest("\"" + name + "\" is not one of the settings files: "
                    + String.join(", ", ContentFiles.SETTINGS) + ".");
        }
        Path file = files.editable(name);
        String message = ctx.queryParam("saved") != null ? "Saved." : null;
        Workspace.html(ctx, editor.settingsFile(name, SafeSave.open(file), LibraryPages.about(name), message, false));
    }

    private void startBuild(Context ctx) {
        boolean started = build.start();
        if (ctx.header("Accept") != null && ctx.header("Accept").contains("application/json")) {
            ctx.contentType("application/json").result("{\"started\":" + started + "}");
            return;
        }
        ctx.redirect("/build", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void problem(Exception e, Context ctx) {
        int status = e instanceof Refusal r ? r.status() : e instanceof GuidekitException
                || e instanceof IllegalArgumentException ? 422 : 500;
        if (status == 500) {
            log.println("guidekit serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            e.printStackTrace(log);
            log.flush();
        }
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.html(layout.page(status == 500 ? "Something went wrong" : "Cannot do that", "", Workspace.message(e), true,
                "<p><a href=\"/\">Go to the list of guides</a></p>"));
    }

    static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            v = ctx.formParam(name);
        }
        if (v == null) {
            throw Refusal.badRequest("The address lacks ?" + name + "=...; open the page from the list of guides.");
        }
        return v;
    }

    static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw Refusal.badRequest(name + " must be a number, not \"" + v + "\".");
        }
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from guidekit's jar");
            }
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }


    void close() {
        listening.close();
    }
}
