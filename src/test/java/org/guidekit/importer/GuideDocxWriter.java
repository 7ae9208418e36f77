package org.guidekit.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.guidekit.model.Block;
import org.guidekit.model.Callout;
import org.guidekit.model.Emphasis;
import org.guidekit.model.Figure;
import org.guidekit.model.Guide;
import org.guidekit.model.Inline;
import org.guidekit.model.LineBreak;
import org.guidekit.model.Link;
import org.guidekit.model.ListBlock;
import org.guidekit.model.ListItem;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Section;
import org.guidekit.model.Strong;
import org.guidekit.model.Table;
import org.guidekit.model.Text;

/**
 * Writes a guide as a clinic's Word leaflet would hold it, for the round-trip test: Title and Subtitle styles,
 * Heading 1 for sections and Heading 3 for subsections, Word numbering for lists, real pictures with alt text,
 * and callouts as shaded paragraphs starting with their label ("Warning: title" in bold).
 */
final class GuideDocxWriter {
    private final WordFixture w;

    private GuideDocxWriter(WordFixture w) {
        this.w = w;
    }

    static Path write(Guide guide, Path file) {
        try (WordFixture w = new WordFixture(guide.metadata().language())) {
            guide.metadata().organization().ifPresent(o ->
                    w.doc.getProperties().getExtendedProperties().setCompany(o));
            w.styled("Title", guide.metadata().title());
            guide.metadata().subtitle().ifPresent(s -> w.styled("Subtitle", s));
            GuideDocxWriter writer = new GuideDocxWriter(w);
            writer.blocks(guide.intro(), false);
            for (Section s : guide.allSections()) {
                w.styled(s.level() == 2 ? "Heading1" : "Heading3", org.guidekit.model.Inlines.plainText(s.heading()));
                writer.blocks(s.blocks(), false);
            }
            return w.save(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void blocks(List<Block> blocks, boolean shaded) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                XWPFParagraph para = w.para(null);
                runs(para, p.content(), false, false, null);
                shade(para, shaded);
            } else if (b instanceof ListBlock l) {
                list(l, 0, shaded);
            } else if (b instanceof Callout c) {
                callout(c);
            } else if (b instanceof Figure f) {
                figure(f);
            } else if (b instanceof Table t) {
                table(t);
            }
        }
    }

    private void list(ListBlock l, int level, boolean shaded) {
        if (l.ordered() && level == 0) {
            w.restartNumbers();
        }
        for (ListItem item : l.items()) {
            for (Block b : item.blocks()) {
                if (b instanceof Paragraph p) {
                    XWPFParagraph para = l.ordered() ? w.numbered(level, "") : w.bullet(level, "");
                    runs(para, p.content(), false, false, null);
                    shade(para, shaded);
                } else if (b instanceof ListBlock nested) {
                    list(nested, level + 1, shaded);
                }
            }
        }
    }

    private void callout(Callout c) {
        XWPFParagraph first = w.para(null);
        XWPFRun label = first.createRun();
        label.setText(c.kind().label() + ": " + c.title().orElse(""));
        label.setBold(true);
        w.shaded(first);
        blocks(c.blocks(), true);
    }

    private void figure(Figure f) {
        try {
            w.picture(w.para(null), Files.readAllBytes(f.file()), f.alt(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(Table t) {
        int cols = t.header().cells().size();
        XWPFTable table = w.doc.createTable(t.rows().size() + 1, cols);
        for (int r = 0; r <= t.rows().size(); r++) {
            var row = r == 0 ? t.header() : t.rows().get(r - 1);
            for (int c = 0; c < cols; c++) {
                runs(table.getRow(r).getCell(c).getParagraphs().get(0), row.cells().get(c), false, false, null);
            }
        }
    }

    private void shade(XWPFParagraph p, boolean shaded) {
        if (shaded) {
            w.shaded(p);
        }
    }

    private void runs(XWPFParagraph p, List<Inline> inlines, boolean bold, boolean italic, String link) {
        for (Inline in : inlines) {
            if (in instanceof Text t) {
                XWPFRun r = link == null ? p.createRun() : p.createHyperlinkRun(link);
                r.setText(t.text());
                r.setBold(bold);
                r.setItalic(italic);
            } else if (in instanceof Strong s) {
                runs(p, s.content(), true, italic, link);
            } else if (in instanceof Emphasis e) {
                runs(p, e.content(), bold, true, link);
            } else if (in instanceof Link l) {
                runs(p, l.content(), bold, italic, l.destination());
            } else if (in instanceof LineBreak) {
                p.createRun().addBreak();
            }
        }
    }
}
