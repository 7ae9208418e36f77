package org.guidekit.render.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The one escaping of hand-built markup is the StAX writer's, byte for byte what the four hand-written ones did. */
class XmlEscapingTest {
    private static final String NASTY = "Tom & Jerry's <b>\"café\"</b> ]]> \uD83D\uDE00 ¿Qué?";

    @Test
    void textEscapesAmpersandAndAngleBrackets() {
        assertEquals("Tom &amp; Jerry's &lt;b&gt;\"café\"&lt;/b&gt; ]]&gt; \uD83D\uDE00 ¿Qué?",
                XmlEscaping.text(NASTY));
        // the braille PEF's old escaper
        assertEquals(NASTY.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), XmlEscaping.text(NASTY));
    }

    @Test
    void anAttributeValueAlsoEscapesTheDoubleQuote() {
        assertEquals("Tom &amp; Jerry's &lt;b&gt;&quot;café&quot;&lt;/b&gt; ]]&gt; \uD83D\uDE00 ¿Qué?",
                XmlEscaping.attribute(NASTY));
        // the library page's and the PDF XMP's old escaper
        assertEquals(NASTY.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"),
                XmlEscaping.attribute(NASTY));
        assertEquals("", XmlEscaping.attribute(""));
        assertEquals("", XmlEscaping.text(""));
    }

    @Test
    void itIsTheEscapingOfTheWriterOfTheBooksAndThePage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlOut x = new XmlOut(bytes);
        x.open("p", "title", NASTY).characters(NASTY).close();
        x.finish();
        String written = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(written.contains("title=\"" + XmlEscaping.attribute(NASTY) + "\""), written);
        assertTrue(written.contains(">" + XmlEscaping.text(NASTY)), written);
    }
}
