package org.guidekit.render.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.model.Section;
import org.guidekit.render.readalong.Labels;
import org.guidekit.render.xml.XmlOut;

/** Writes {@code nav.xhtml}: the table of contents, mirroring the sections (subsections nested). */
final class NavWriter {
    static final String FILE = "nav.xhtml";

    private NavWriter() {
    }

    static void write(Guide guide, EpubPlan plan, OutputStream out) throws IOException {
        Labels labels = Labels.forLanguage(guide.metadata().language());
        XmlOut x = new XmlOut(out);
        ContentWriter.open(x, guide.metadata().language(), labels.contents());
        x.open("nav", "epub:type", "toc", "id", "toc", "role", "doc-toc");
        x.text("h1", labels.contents());
        x.open("ol");
        for (EpubPlan.Part p : plan.parts()) {
            x.openInline("li");
            x.openInline("a", "href", p.file()).characters(p.title()).closeInline();
            if (p.section().isPresent() && !p.section().get().subsections().isEmpty()) {
                subsections(x, p, p.section().get().subsections());
            }
            x.close();
        }
        x.close();
        x.close();
        ContentWriter.close(x);
    }

    private static void subsections(XmlOut x, EpubPlan.Part part, List<Section> sections) throws IOException {
        x.open("ol");
        for (Section s : sections) {
            x.openInline("li");
            x.openInline("a", "href", part.file() + "#" + s.id()).characters(s.headingText()).closeInline();
            if (!s.subsections().isEmpty()) {
                subsections(x, part, s.subsections());
            }
            x.close();
        }
        x.close();
    }
}
