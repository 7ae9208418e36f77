package org.guidekit.render.daisy;

import org.guidekit.render.xml.XmlOut;

import java.io.IOException;
import java.io.OutputStream;

/** Writes {@code ncc.html}, the navigation control centre: metadata and the linked headings of every SMIL file. */
final class NccWriter {
    static final String DOCTYPE = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
            + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">";

    private NccWriter() {
    }

    static void write(DaisyBook book, OutputStream out) throws IOException {
        DaisyBook.Meta m = book.meta();
        XmlOut x = new XmlOut(out);
        x.prolog(DOCTYPE);
        x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", m.language(), "xml:lang", m.language());
        x.open("head");
        x.empty("meta", "http-equiv", "Content-type", "content", "text/html; charset=utf-8");
        x.text("title", m.title());
        meta(x, "dc:title", m.title());
        meta(x, "dc:creator", m.publisher());
        x.empty("meta", "name", "dc:date", "content", m.date(), "scheme", "yyyy-mm-dd");
        meta(x, "dc:format", "Daisy 2.02");
        meta(x, "dc:identifier", m.identifier());
        meta(x, "dc:language", m.language());
        meta(x, "dc:publisher", m.publisher());
        meta(x, "ncc:charset", "utf-8");
        meta(x, "ncc:generator", m.generator());
        meta(x, "ncc:multimediaType", "audioFullText");
        meta(x, "ncc:narrator", m.narrator());
        meta(x, "ncc:pageFront", "0");
        meta(x, "ncc:pageNormal", "0");
        meta(x, "ncc:pageSpecial", "0");
        meta(x, "ncc:setInfo", "1 of 1");
        meta(x, "ncc:tocItems", String.valueOf(book.smilFiles().stream().mapToInt(f -> f.headings().size()).sum()));
        meta(x, "ncc:totalTime", DaisyTime.clock(book.totalMs()));
        x.close();
        x.open("body");
        boolean first = true;
        for (DaisyBook.SmilFile f : book.smilFiles()) {
            for (DaisyBook.Heading h : f.headings()) {
                String[] attrs = first ? new String[] {"class", "title", "id", h.id()} : new String[] {"id", h.id()};
                x.openInline("h" + h.level(), attrs);
                // To the <text> of its par, as DAISY Pipeline books do: daisy-player plays nothing from a par id.
                String target = f.name() + "#" + f.pars().get(h.par()).textElementId();
                x.openInline("a", "href", target).characters(h.text()).closeInline();
                x.close();
                first = false;
            }
        }
        x.close();
        x.close();
        x.finish();
    }

    private static void meta(XmlOut x, String name, String content) throws IOException {
        x.empty("meta", "name", name, "content", content);
    }
}
