package org.guidekit.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * What a paragraph's style (and the styles it is based on) says: heading level, title or subtitle, list
 * numbering, shading and borders. Word stores built-in style names in English ("heading 1") whatever the
 * language of the user's Word, so names are matched, not ids.
 */
final class Styles {
    private static final int MAX_CHAIN = 20;
    private static final java.util.Set<String> QUOTE_STYLES = java.util.Set.of("quote", "intense quote",
            "block text");
    private final XWPFStyles styles;
    private final Map<String, Resolved> cache = new HashMap<>();

    Styles(XWPFDocument doc) {
        this.styles = doc.getStyles();
    }

    /** A style's meaning, following {@code basedOn} to the first style that says something. */
    record Resolved(String name, int headingLevel, String numId, int ilvl, boolean boxed, boolean ruled) {
        static final Resolved NONE = new Resolved("", 0, null, 0, false, false);
    }

    Resolved paragraphStyle(String id) {
        if (id == null || styles == null) {
            return Resolved.NONE;
        }
        return cache.computeIfAbsent(id, this::resolve);
    }

    private Resolved resolve(String id) {
        String name = null;
        int heading = 0;
        String numId = null;
        int ilvl = 0;
        boolean boxed = false;
        boolean ruled = false;
        String current = id;
        for (int i = 0; i < MAX_CHAIN && current != null; i++) {
            XWPFStyle style = styles.getStyle(current);
            if (style == null) {
                break;
            }
            String n = style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
            if (name == null) {
                name = n;
            }
            if (heading == 0) {
                heading = headingLevel(n, (Element) style.getCTStyle().getDomNode());
            }
            Element pPr = Xml.child((Element) style.getCTStyle().getDomNode(), "pPr");
            if (numId == null && Xml.child(pPr, "numPr") != null) {
                numId = Xml.val(Xml.child(pPr, "numPr"), "numId");
                ilvl = parseInt(Xml.val(Xml.child(pPr, "numPr"), "ilvl"), 0);
            }
            // Quotes cannot stand in a guide except as callouts, and leaflets use them for boxed advice.
            boxed |= shaded(pPr) || boxBorders(pPr) || QUOTE_STYLES.contains(n);
            ruled |= onlyBottomBorder(pPr);
            current = Xml.val((Element) style.getCTStyle().getDomNode(), "basedOn");
        }
        return new Resolved(name == null ? "" : name, heading, numId, ilvl, boxed, ruled);
    }

    private static int headingLevel(String name, Element style) {
        if (name.matches("heading [1-9]")) {
            return name.charAt(8) - '0';
        }
        String outline = Xml.val(Xml.child(style, "pPr"), "outlineLvl");
        int level = parseInt(outline, -1);
        return level >= 0 && level < 9 ? level + 1 : 0;
    }

    /** Bold from the run's own formatting or its character style ("Strong"). */
    boolean runBold(Element rPr) {
        Boolean b = Xml.onOff(rPr, "b");
        return b != null ? b : characterStyleName(rPr).contains("strong");
    }

    boolean runItalic(Element rPr) {
        Boolean i = Xml.onOff(rPr, "i");
        return i != null ? i : characterStyleName(rPr).contains("emphasis");
    }

    private String characterStyleName(Element rPr) {
        String id = Xml.val(rPr, "rStyle");
        XWPFStyle style = id == null || styles == null ? null : styles.getStyle(id);
        return style == null || style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
    }

    /** A background colour other than white: Word's way of drawing a box. */
    static boolean shaded(Element pPr) {
        Element shd = Xml.child(pPr, "shd");
        if (shd == null) {
            return false;
        }
        String fill = Xml.attr(shd, "fill");
        String val = Xml.attr(shd, "val");
        boolean filled = fill != null && !fill.equalsIgnoreCase("auto") && !fill.equalsIgnoreCase("FFFFFF");
        boolean patterned = val != null && !val.equals("clear") && !val.equals("nil");
        return filled || patterned;
    }

    /** Borders on at least two sides. */
    static boolean boxBorders(Element pPr) {
        Element bdr = Xml.child(pPr, "pBdr");
        int sides = 0;
        for (String side : new String[] {"top", "left", "bottom", "right"}) {
            if (visible(Xml.child(bdr, side))) {
                sides++;
            }
        }
        return sides >= 2;
    }

    /** Only a bottom (or top) border: Word's horizontal line. */
    static boolean onlyBottomBorder(Element pPr) {
        Element bdr = Xml.child(pPr, "pBdr");
        boolean bottom = visible(Xml.child(bdr, "bottom")) || visible(Xml.child(bdr, "top"));
        return bottom && !boxBorders(pPr);
    }

    private static boolean visible(Element border) {
        String v = Xml.attr(border, "val");
        return v != null && !v.equals("none") && !v.equals("nil");
    }

    static int parseInt(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
