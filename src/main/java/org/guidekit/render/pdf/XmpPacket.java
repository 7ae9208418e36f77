package org.guidekit.render.pdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.guidekit.render.xml.XmlEscaping;

/**
 * The document's XMP metadata, written as text so that its bytes are stable: {@code dc:title}, the language,
 * {@code pdfuaid:part=1} (PDF/UA-1), {@code pdfaid:part=2}/{@code conformance=A} (PDF/A-2a, for archiving) with the
 * extension schema PDF/A requires for the {@code pdfuaid} property, and dates matching the Info dictionary.
 */
final class XmpPacket {
    static final String PRODUCER = "guidekit";

    private XmpPacket() {
    }

    static byte[] bytes(String title, String language, String author, LocalDate date) {
        String when = date + "T00:00:00Z";
        String creator = author == null ? ""
                : "   <dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\"\n"
                + "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                + "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
                + "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n"
                + "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
                + "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
                + "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt>"
                + "</dc:title>\n"
                + creator
                + "   <dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <xmp:CreateDate>" + when + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + when + "</xmp:MetadataDate>\n"
                + "   <xmp:CreatorTool>" + PRODUCER + "</xmp:CreatorTool>\n"
                + "   <pdf:Producer>" + PRODUCER + "</pdf:Producer>\n"
                + "   <pdfaid:part>2</pdfaid:part>\n"
                + "   <pdfaid:conformance>A</pdfaid:conformance>\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + extensionSchema()
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** PDF/A allows only declared XMP properties; pdfuaid:part is not built in. */
    private static String extensionSchema() {
        return "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
                + "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "     <pdfaProperty:name>part</pdfaProperty:name>\n"
                + "     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
                + "</pdfaProperty:description>\n"
                + "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n";
    }

    private static String escape(String s) {
        return XmlEscaping.attribute(s);
    }
}
