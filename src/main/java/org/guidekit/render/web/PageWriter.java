package org.guidekit.render.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.model.Metadata;
import org.guidekit.model.Section;
import org.guidekit.render.readalong.GuideMarkup;
import org.guidekit.render.readalong.Labels;
import org.guidekit.render.xml.XmlOut;

/**
 * Writes the page: HTML5 in XML syntax (so the same StAX writer as the EPUB serves), one {@code <h1>}, landmarks
 * for the header, the player, the contents and the guide, and nothing fetched from elsewhere.
 */
final class PageWriter {
    /** Only this page's own folder may serve anything; no inline script or style, no forms, no base. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "media-src 'self'; base-uri 'none'; form-action 'none'";
    static final String ASSETS = "web";
    static final String STYLESHEET = "read-along.css";
    static final String SCRIPT = "read-along.js";

    private final XmlOut x;
    private final ReadAlongPage page;
    private final GuideMarkup markup;

    private PageWriter(XmlOut x, ReadAlongPage page) {
        this.x = x;
        this.page = page;
        this.markup = new GuideMarkup(x, page.guide(), page.timings(), f -> ASSETS + "/" + imageName(f), true);
    }

    /** The file name a picture gets in the page's folder. */
    static String imageName(org.guidekit.model.Figure f) {
        String src = f.src().toLowerCase(java.util.Locale.ROOT);
        return f.id() + (src.endsWith(".png") ? ".png" : src.endsWith(".gif") ? ".gif" : ".jpg");
    }

    static void write(ReadAlongPage page, OutputStream out) throws IOException {
        XmlOut x = new XmlOut(out);
        new PageWriter(x, page).page();
        x.finish();
    }

    private void page() throws IOException {
        Metadata m = page.guide().metadata();
        x.doctype("<!DOCTYPE html>");
        x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", m.language());
        head(m);
        x.open("body");
        x.text("a", page.words().skip(), langIfForeign("class", "skip", "href", "#guide"));
        header(m);
        x.open("main", "id", "guide", "tabindex", "-1");
        if (page.player().isPresent()) {
            player(page.player().get());
        }
        contents(page.guide());
        x.open("div", "class", "text");
        markup.blocks(page.guide().intro());
        for (Section s : page.guide().sections()) {
            markup.section(s);
        }
        markup.end();
        x.close();
        editions();
        x.close();
        x.close();
        x.close();
    }

    private void head(Metadata m) throws IOException {
        x.open("head");
        x.empty("meta", "charset", "utf-8");
        x.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        x.empty("meta", "http-equiv", "Content-Security-Policy", "content", CSP);
        x.empty("meta", "name", "color-scheme", "content", "light dark");
        x.text("title", m.organization().map(o -> m.title() + " – " + o).orElse(m.title()));
        x.empty("link", "rel", "stylesheet", "href", ASSETS + "/" + STYLESHEET);
        x.open("script", "src", ASSETS + "/" + SCRIPT, "defer", "defer");
        x.close();
        x.close();
    }

    private void header(Metadata m) throws IOException {
        x.open("header");
        x.open("p", langIfForeign("class", "library"));
        x.text("a", page.words().library(), "href", "../index.html");
        x.close();
        markup.opening();
        if (markup.reviewed().isPresent()) {
            x.text("p", markup.reviewed().get(), labelsLang("class", "reviewed"));
        }
        x.close();
    }

    /** The native player always; the buttons only when the script runs (it removes {@code hidden}). */
    private void player(ReadAlongPage.Player p) throws IOException {
        x.open("section", "class", "player", "aria-labelledby", "listen");
        x.text("h2", PageWords.LISTEN, "id", "listen");
        x.open("audio", "id", "player", "controls", "controls", "preload", "metadata", "src", p.audioHref());
        x.empty("track", "kind", "captions", "src", p.captionsHref(), "srclang", "en", "label", PageWords.CAPTIONS,
                "default", "default");
        x.text("a", PageWords.MP3, "href", p.audioHref());
        x.close();
        x.open("div", "id", "controls", "class", "controls", "hidden", "hidden");
        x.text("p", PageWords.PLAYER_HELP, "class", "help");
        x.open("div", "class", "buttons");
        for (PageWords.Button b : PageWords.Button.values()) {
            x.text("button", b.label, "type", "button", "id", b.id);
        }
        x.close();
        x.open("p", "class", "chapter");
        x.text("label", PageWords.SECTION, "for", "chapter");
        x.open("select", "id", "chapter");
        for (ReadAlongPage.Chapter c : p.chapters()) {
            if (c.endMs().isPresent()) {
                x.text("option", c.title(), "value", seconds(c.startMs()), "data-section", c.id(), "data-end",
                        seconds(c.endMs().getAsLong()));
            } else {
                x.text("option", c.title(), "value", seconds(c.startMs()), "data-section", c.id());
            }
        }
        x.close();
        x.close();
        x.open("p", "class", "follow");
        x.empty("input", "type", "checkbox", "id", "follow", "checked", "checked");
        x.text("label", PageWords.FOLLOW, "for", "follow");
        x.close();
        x.close();
        x.close();
    }

    /** Links to every section, which work with or without the script. */
    private void contents(Guide guide) throws IOException {
        if (guide.sections().isEmpty()) {
            return;
        }
        Labels labels = markup.labels();
        x.open("nav", labelsLang("class", "contents", "aria-labelledby", "contents"));
        x.text("h2", labels.contents(), "id", "contents");
        sectionList(guide.sections());
        x.close();
    }

    private void sectionList(List<Section> sections) throws IOException {
        x.open("ul", "lang", page.guide().metadata().language());
        for (Section s : sections) {
            x.openInline("li");
            x.openInline("a", "href", "#" + s.id()).characters(s.headingText()).closeInline();
            if (!s.subsections().isEmpty()) {
                sectionList(s.subsections());
            }
            x.close();
        }
        x.close();
    }

    private void editions() throws IOException {
        if (page.editions().isEmpty()) {
            return;
        }
        x.open("section", langIfForeign("class", "editions", "aria-labelledby", "editions"));
        x.text("h2", page.words().editions(), "id", "editions");
        x.open("ul");
        for (ReadAlongPage.Edition e : page.editions()) {
            x.openInline("li");
            x.openInline("a", "href", e.href()).characters(e.label()).closeInline();
            x.characters(", " + Editions.size(e.bytes()));
            x.close();
        }
        x.close();
        x.close();
    }

    /** {@code attributes} plus a {@code lang} when the page's own words are not in the guide's language. */
    private String[] langIfForeign(String... attributes) {
        return withLang(page.words().tag(), attributes);
    }

    private String[] labelsLang(String... attributes) {
        return withLang(markup.labels().tag(), attributes);
    }

    private String[] withLang(String tag, String... attributes) {
        if (Labels.language(page.guide().metadata().language()).equals(tag)) {
            return attributes;
        }
        List<String> all = new ArrayList<>(List.of(attributes));
        all.add("lang");
        all.add(tag);
        return all.toArray(String[]::new);
    }

    static String seconds(long ms) {
        return String.format(java.util.Locale.ROOT, "%d.%03d", ms / 1000, ms % 1000);
    }
}
