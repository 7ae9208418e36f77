package org.guidekit.render.pdf;

import java.util.Locale;

/**
 * A stable text dump of a {@link Plan} for golden tests: one line per mark, positions in points from the page's
 * top-left, the owning structure type ({@code Artifact} for page furniture) and bold runs between {@code **}.
 */
final class PlanPrinter {
    private PlanPrinter() {
    }

    public static String print(Plan plan) {
        StringBuilder sb = new StringBuilder();
        sb.append("paper ").append(plan.style().paper()).append(", body ").append(num(plan.style().bodySize()))
                .append(" pt, lang ").append(plan.language()).append('\n');
        for (int i = 0; i < plan.pages().size(); i++) {
            sb.append("page ").append(i + 1).append('\n');
            for (Mark m : plan.pages().get(i).marks()) {
                sb.append("  ").append(mark(m)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String mark(Mark m) {
        if (m instanceof Mark.TextLine t) {
            String owner = t.runs().isEmpty() || t.runs().get(0).owner() == null ? "Artifact"
                    : t.runs().get(0).owner().type();
            StringBuilder text = new StringBuilder();
            for (Run r : t.runs()) {
                text.append(r.bold() ? "**" + r.text() + "**" : r.text());
            }
            return "text " + num(t.x()) + "," + num(t.baseline()) + " " + num(t.size()) + "pt " + owner + " \""
                    + text + "\"";
        }
        if (m instanceof Mark.Picture p) {
            return "picture " + num(p.x()) + "," + num(p.top()) + " " + num(p.width()) + "x" + num(p.height())
                    + " " + p.owner().type() + " " + p.file().getFileName();
        }
        if (m instanceof Mark.Bullet b) {
            return (b.square() ? "square " : "disc ") + num(b.x()) + "," + num(b.middle()) + " " + num(b.size())
                    + " Artifact";
        }
        Mark.Box b = (Mark.Box) m;
        return "box " + num(b.x()) + "," + num(b.top()) + " " + num(b.width()) + "x" + num(b.height()) + " line "
                + num(b.lineWidth()) + " Artifact";
    }

    private static String num(float f) {
        return String.format(Locale.ROOT, "%.1f", f);
    }
}
