package org.guidekit.importer;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small reads over the WordprocessingML tree. The importer walks the XML (through the DOM view POI's XmlBeans
 * give) rather than POI's run lists, because only the XML keeps the order of text, breaks, tracked changes,
 * fields and pictures inside a paragraph.
 */
final class Xml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private Xml() {
    }

    /** The child elements, in order. */
    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The Word children called {@code name}, in order, also those inside content controls ({@code w:sdt}), which
     * wrap paragraphs and table cells without changing what they are.
     */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(parent)) {
            if (is(e, name)) {
                out.add(e);
            } else if (is(e, "sdt")) {
                out.addAll(children(child(e, "sdtContent"), name));
            }
        }
        return out;
    }

    /** The text inside {@code e} (XmlBeans' DOM has no {@code getTextContent}). */
    static String text(Node e) {
        StringBuilder sb = new StringBuilder();
        appendText(e, sb);
        return sb.toString();
    }

    private static void appendText(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            } else {
                appendText(c, sb);
            }
        }
    }

    /** The first child element in the Word namespace called {@code name}, or null. */
    static Element child(Element parent, String name) {
        for (Element e : children(parent)) {
            if (is(e, name)) {
                return e;
            }
        }
        return null;
    }

    /** A chain of Word-namespace children, e.g. {@code path(p, "pPr", "numPr", "numId")}; null when missing. */
    static Element path(Element from, String... names) {
        Element e = from;
        for (String name : names) {
            if (e == null) {
                return null;
            }
            e = child(e, name);
        }
        return e;
    }

    /** Whether {@code e} is the Word element {@code name}. */
    static boolean is(Element e, String name) {
        return W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
    }

    /** The local name, whatever the namespace. */
    static String name(Element e) {
        return e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
    }

    /** A {@code w:} attribute, or null when absent. */
    static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, name);
        return v == null || v.isEmpty() ? (e.hasAttributeNS(W, name) ? "" : null) : v;
    }

    /** An attribute in another namespace (or none), or null when absent. */
    static String attr(Element e, String ns, String name) {
        if (e == null || !(ns == null ? e.hasAttribute(name) : e.hasAttributeNS(ns, name))) {
            return null;
        }
        return ns == null ? e.getAttribute(name) : e.getAttributeNS(ns, name);
    }

    /** The {@code w:val} of a child such as {@code w:pStyle}, or null. */
    static String val(Element parent, String name) {
        return attr(child(parent, name), "val");
    }

    /** An on/off property ({@code <w:b/>}, {@code <w:b w:val="0"/>}): null when absent, else its value. */
    static Boolean onOff(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            return null;
        }
        String v = attr(e, "val");
        return v == null || !(v.equals("0") || v.equals("false") || v.equals("off") || v.equals("none"));
    }

    /** Every descendant element with this local name (any namespace), in document order. */
    static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        collect(root, localName, out);
        return out;
    }

    private static void collect(Node n, String localName, List<Element> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                if (localName.equals(name(e))) {
                    out.add(e);
                }
                // Word repeats drawings in mc:Fallback for old readers; reading both would double them.
                if (!(MC.equals(e.getNamespaceURI()) && "Fallback".equals(e.getLocalName()))) {
                    collect(e, localName, out);
                }
            }
        }
    }
}
