package org.guidekit.render.braille;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.guidekit.render.xml.XmlEscaping;

/**
 * The PEF 1.0 file ({@code http://www.daisy.org/ns/2008/pef}): the same pages as the BRF in Unicode braille, one
 * volume, single-sided, one {@code row} per line (empty lines as empty rows, so it matches the BRF cell for cell),
 * with Dublin Core title, language, identifier and date.
 */
final class PefWriter {
    static final String NAMESPACE = "http://www.daisy.org/ns/2008/pef";

    private PefWriter() {
    }

    /**
     * @param identifier a stable identifier for this edition
     * @param date       the guide's review date, if any
     */
    static byte[] write(BraillePages pages, String title, String language, String identifier,
                        Optional<LocalDate> date) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<pef version=\"2008-1\" xmlns=\"").append(NAMESPACE).append("\">\n")
                .append("  <head>\n    <meta xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("      <dc:format>application/x-pef+xml</dc:format>\n")
                .append("      <dc:identifier>").append(XmlEscaping.text(identifier)).append("</dc:identifier>\n")
                .append("      <dc:title>").append(XmlEscaping.text(title)).append("</dc:title>\n")
                .append("      <dc:language>").append(XmlEscaping.text(language)).append("</dc:language>\n");
        date.ifPresent(d -> x.append("      <dc:date>").append(d).append("</dc:date>\n"));
        x.append("    </meta>\n  </head>\n  <body>\n")
                .append("    <volume cols=\"").append(pages.cells()).append("\" rows=\"").append(pages.lines())
                .append("\" rowgap=\"0\" duplex=\"false\">\n      <section>\n");
        for (List<String> page : pages.pages()) {
            x.append("        <page>\n");
            for (String row : page) {
                x.append(row.isEmpty() ? "          <row/>\n" : "          <row>" + row + "</row>\n");
            }
            x.append("        </page>\n");
        }
        x.append("      </section>\n    </volume>\n  </body>\n</pef>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }
}
