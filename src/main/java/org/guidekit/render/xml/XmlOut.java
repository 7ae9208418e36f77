package org.guidekit.render.xml;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's StAX writer (which escapes text and attributes correctly) that indents block
 * elements and turns StAX's checked exceptions into IOExceptions. The DAISY book, the EPUB and the read-along page
 * all write through it. Elements are never self-closed unless asked
 * ({@link #empty}), so {@code <script></script>} stays valid HTML.
 */
public final class XmlOut {
    private final XMLStreamWriter w;
    private int depth;
    private boolean inline;

    public XmlOut(OutputStream out) throws IOException {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "utf-8");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** {@code <?xml …?>} and a doctype (EPUB, SMIL). */
    public void prolog(String doctype) throws IOException {
        run(() -> {
            w.writeStartDocument("utf-8", "1.0");
            if (doctype != null) {
                w.writeCharacters("\n");
                w.writeDTD(doctype);
            }
        });
    }

    /** Only a doctype, for a page served as HTML. */
    public void doctype(String doctype) throws IOException {
        run(() -> w.writeDTD(doctype));
    }

    /** Starts an element on its own line. */
    public XmlOut open(String name, String... attributes) throws IOException {
        run(() -> startTag(true, name, attributes));
        depth++;
        return this;
    }

    /** An element with only text, on one line. */
    public XmlOut text(String name, String text, String... attributes) throws IOException {
        run(() -> {
            startTag(true, name, attributes);
            w.writeCharacters(text);
            w.writeEndElement();
        });
        return this;
    }

    /** A self-closed element: {@code <meta name="x" content="y"/>}. */
    public XmlOut empty(String name, String... attributes) throws IOException {
        run(() -> {
            if (!inline) {
                newline();
            }
            w.writeEmptyElement(name);
            attributes(attributes);
        });
        return this;
    }

    /** Starts an element that continues on the same line (mixed content). */
    public XmlOut openInline(String name, String... attributes) throws IOException {
        run(() -> startTag(!inline, name, attributes));
        inline = true;
        depth++;
        return this;
    }

    public XmlOut characters(String text) throws IOException {
        run(() -> w.writeCharacters(text));
        return this;
    }

    /** Ends an inline element. */
    public XmlOut closeInline() throws IOException {
        depth--;
        run(w::writeEndElement);
        return this;
    }

    /** Ends a block element; the next element starts a new line. */
    public XmlOut close() throws IOException {
        depth--;
        run(() -> {
            if (!inline) {
                newline();
            }
            inline = false;
            w.writeEndElement();
        });
        return this;
    }

    public void finish() throws IOException {
        run(() -> {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        });
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** A start tag with its attributes, on a new line when {@code ownLine} (a block, or text after a block). */
    private void startTag(boolean ownLine, String name, String[] attributes) throws XMLStreamException {
        if (ownLine) {
            newline();
        }
        w.writeStartElement(name);
        attributes(attributes);
    }

    private void attributes(String[] pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            w.writeAttribute(pairs[i], pairs[i + 1]);
        }
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private static void run(XmlStep step) throws IOException {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
