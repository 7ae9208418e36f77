package org.guidekit.importer;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;

/**
 * Word's list definitions: for a paragraph's numbering id and level, whether it is bulleted or numbered, and the
 * number it shows (Word numbers a list on across interruptions, so counters are kept per list).
 */
final class Numbering {
    /** How one level of a Word list looks. */
    record Level(boolean ordered, String format, int start) {
        boolean lettered() {
            return format.contains("Letter") || format.contains("Roman");
        }
    }

    private final XWPFNumbering numbering;
    private final Map<String, Integer> counters = new HashMap<>();
    private Map<String, Element> nums;
    private Map<String, Element> abstracts;

    Numbering(XWPFDocument doc) {
        this.numbering = doc.getNumbering();
    }

    /** The level's look, or null when the id names no list (id 0 turns numbering off). */
    Level level(String numId, int ilvl) {
        if (numbering == null || numId == null || numId.equals("0")) {
            return null;
        }
        index();
        Element num = nums.get(numId);
        Element abs = num == null ? null : abstracts.get(Xml.val(num, "abstractNumId"));
        if (abs == null) {
            return null;
        }
        Integer startOverride = null;
        for (Element o : Xml.children(num)) {
            if (Xml.is(o, "lvlOverride") && String.valueOf(ilvl).equals(Xml.attr(o, "ilvl"))
                    && Xml.val(o, "startOverride") != null) {
                startOverride = Styles.parseInt(Xml.val(o, "startOverride"), 1);
            }
        }
        for (Element lvl : Xml.children(abs)) {
            if (Xml.is(lvl, "lvl") && String.valueOf(ilvl).equals(Xml.attr(lvl, "ilvl"))) {
                String fmt = Xml.val(lvl, "numFmt");
                if (fmt == null) {
                    fmt = "decimal";
                }
                if (fmt.equals("none")) {
                    return null;
                }
                int start = startOverride != null ? startOverride : Styles.parseInt(Xml.val(lvl, "start"), 1);
                return new Level(!fmt.equals("bullet"), fmt, start);
            }
        }
        return new Level(false, "bullet", 1);
    }

    /** Reads the definitions as XML: POI's typed getters throw on the odd malformed number some files hold. */
    private void index() {
        if (nums != null) {
            return;
        }
        nums = new HashMap<>();
        abstracts = new HashMap<>();
        for (XWPFNum n : numbering.getNums()) {
            Element e = (Element) n.getCTNum().getDomNode();
            nums.putIfAbsent(Xml.attr(e, "numId"), e);
        }
        for (XWPFAbstractNum a : numbering.getAbstractNums()) {
            Element e = (Element) a.getCTAbstractNum().getDomNode();
            abstracts.putIfAbsent(Xml.attr(e, "abstractNumId"), e);
        }
    }

    /** The number Word shows for this item; deeper levels restart when a shallower item comes. */
    int next(String numId, int ilvl, Level level) {
        for (int deeper = ilvl + 1; deeper < 9; deeper++) {
            counters.remove(numId + "/" + deeper);
        }
        return counters.merge(numId + "/" + ilvl, level.start(), (old, one) -> old + 1);
    }
}
