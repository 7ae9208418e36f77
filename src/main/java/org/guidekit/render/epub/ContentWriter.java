package org.guidekit.render.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.render.readalong.Fragment;
import org.guidekit.render.readalong.GuideMarkup;
import org.guidekit.render.readalong.SpokenTimings;
import org.guidekit.render.xml.XmlOut;

/** Writes one XHTML content document: the opening (title, introduction) or one top-level section. */
final class ContentWriter {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String OPS = "http://www.idpf.org/2007/ops";
    static final String STYLESHEET = "style.css";

    private ContentWriter() {
    }

    /** The name a picture gets inside the book. */
    static String imagePath(Figure f) {
        String src = f.src().toLowerCase(java.util.Locale.ROOT);
        return "images/" + f.id() + (src.endsWith(".png") ? ".png" : src.endsWith(".gif") ? ".gif" : ".jpg");
    }

    /** @return the timed pieces of this document, in reading order, for its overlay */
    static List<Fragment> write(Guide guide, EpubPlan.Part part, SpokenTimings timings, OutputStream out)
            throws IOException {
        XmlOut x = new XmlOut(out);
        open(x, guide.metadata().language(), part.title());
        GuideMarkup markup = new GuideMarkup(x, guide, timings, ContentWriter::imagePath, false);
        if (part.section().isEmpty()) {
            x.open("header");
            markup.opening();
            if (markup.reviewed().isPresent()) {
                x.text("p", markup.reviewed().get(), "class", "reviewed");
            }
            x.close();
            markup.blocks(guide.intro());
        } else {
            markup.section(part.section().get());
        }
        if (part.last()) {
            markup.end();
        }
        close(x);
        return markup.fragments();
    }

    /** The start of an XHTML document of the book, up to and including {@code <body>}. */
    static void open(XmlOut x, String language, String title) throws IOException {
        x.prolog("<!DOCTYPE html>");
        x.open("html", "xmlns", XHTML, "xmlns:epub", OPS, "lang", language, "xml:lang", language);
        x.open("head");
        x.empty("meta", "charset", "utf-8");
        x.text("title", title);
        x.empty("link", "rel", "stylesheet", "type", "text/css", "href", STYLESHEET);
        x.close();
        x.open("body");
    }

    static void close(XmlOut x) throws IOException {
        x.close();
        x.close();
        x.finish();
    }
}
