package org.guidekit.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.Paper;
import org.guidekit.render.RenderOptions;

/**
 * How full each page's text area is: from the top of the text area to the bottom of the lowest tagged line,
 * picture or box on the page, as a share of the text area's height. Page numbers and running heads do not count;
 * a running head of more than one line (the clinic's name at the largest sizes) makes the text area of its page
 * that much shorter.
 * {@code main} prints the table in bench/pdf/RESULTS.md: {@code PageFill SIZE GUIDE.md...}.
 */
final class PageFill {
    private PageFill() {
    }

    /** The fill of each page, 0 to 1. */
    static List<Double> of(Plan plan) {
        PdfStyle s = plan.style();
        List<Double> fill = new ArrayList<>();
        for (Plan.Page page : plan.pages()) {
            float top = s.top() + headExtra(s, page);
            float low = top;
            for (Mark m : page.marks()) {
                low = Math.max(low, bottom(s, m));
            }
            fill.add((double) (low - top) / (s.bottom() - top));
        }
        return fill;
    }

    /** The height the running head's lines after its first take from the text area. */
    private static float headExtra(PdfStyle s, Plan.Page page) {
        float line = s.lineHeight(s.bodySize());
        int lines = 0;
        while (hasHeadLine(s, page, s.runningHeadBaseline() + lines * line)) {
            lines++;
        }
        return Math.max(0, lines - 1) * line;
    }

    private static boolean hasHeadLine(PdfStyle s, Plan.Page page, float baseline) {
        return page.marks().stream().anyMatch(m -> m instanceof Mark.TextLine t && t.x() == s.left()
                && Math.abs(t.baseline() - baseline) < 0.01 && t.runs().stream().allMatch(r -> r.owner() == null));
    }

    private static float bottom(PdfStyle s, Mark m) {
        if (m instanceof Mark.TextLine t) {
            boolean content = t.runs().stream().anyMatch(r -> r.owner() != null);
            return content ? t.baseline() - s.baselineOffset(t.size()) + s.lineHeight(t.size()) : 0;
        }
        if (m instanceof Mark.Picture p) {
            return p.top() + p.height();
        }
        if (m instanceof Mark.Box b) {
            return b.top() + b.height();
        }
        return 0;
    }

    public static void main(String[] args) {
        for (int size : new int[] {18, 24}) {
            for (String file : args) {
                Guide guide = MarkdownGuideReader.read(java.nio.file.Path.of(file));
                for (Paper paper : new Paper[] {Paper.LETTER, Paper.A4}) {
                    RenderOptions o = RenderOptions.defaults().withBodySize(size).withPaper(paper);
                    String row;
                    try {
                        List<Double> fill = of(Plans.plan(guide, o));
                        StringBuilder pct = new StringBuilder();
                        for (double f : fill) {
                            pct.append(pct.length() == 0 ? "" : " ").append(Math.round(f * 100));
                        }
                        double worst = fill.subList(0, fill.size() - 1).stream().mapToDouble(d -> d).min()
                                .orElse(1);
                        row = fill.size() + " | " + pct + " | " + (fill.size() > 1 ? Math.round(worst * 100) + " %"
                                : "-");
                    } catch (RuntimeException e) {
                        row = "refused | " + e.getMessage().replace('|', '/') + " | -";
                    }
                    System.out.printf(Locale.ROOT, "| %s | %d pt | %s | %s |%n", guide.name(), size, paper, row);
                }
            }
        }
    }
}
