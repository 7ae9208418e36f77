package org.guidekit.render.xml;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Escaping for the few XML and HTML strings built by hand (the PEF and XMP metadata, the library page, the
 * workspace's pages), done by the JDK's StAX writer that {@link XmlOut} writes the DAISY book, the EPUB and the
 * read-along page with: one escaping for every markup guidekit writes. Text escapes {@code & < >}; an attribute
 * value also {@code "}, so it must be written between double quotes.
 */
public final class XmlEscaping {
    /** Where StAX leaves the value of the attribute it is given: after {@code <a v="}. */
    private static final int VALUE_START = "<a v=\"".length();

    private XmlEscaping() {
    }

    /** {@code s} safe as element content. */
    public static String text(String s) {
        StringWriter out = new StringWriter(s.length() + 16);
        XMLStreamWriter w = writer(out);
        try {
            w.writeCharacters(s);
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("StAX cannot write text to a string", e);
        }
        return out.toString();
    }

    /** {@code s} safe as element content and as an attribute value between double quotes. */
    public static String attribute(String s) {
        StringWriter out = new StringWriter(s.length() + 16);
        XMLStreamWriter w = writer(out);
        try {
            w.writeStartElement("a");
            w.writeAttribute("v", s);
            w.flush(); // the start tag stays open: what was written is <a v="…"
        } catch (XMLStreamException e) {
            throw new IllegalStateException("StAX cannot write an attribute to a string", e);
        }
        return out.getBuffer().substring(VALUE_START, out.getBuffer().length() - 1);
    }

    private static XMLStreamWriter writer(StringWriter out) {
        try {
            // a factory per call: factories are not promised to be thread-safe, and the JDK's is cheap to make
            return XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's StAX writer is missing", e);
        }
    }
}
