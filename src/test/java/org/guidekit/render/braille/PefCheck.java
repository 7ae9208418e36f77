package org.guidekit.render.braille;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a PEF file back as pages of ASCII braille rows, checking the PEF schema's Schematron rules on the way:
 * [Rule 1] a page has no more rows than the volume's {@code rows}; [Rule 2] no row has more cells than {@code cols}.
 */
final class PefCheck {
    private PefCheck() {
    }

    /** The pages, each a list of rows in ASCII braille. */
    static List<List<String>> pages(Path pef) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(pef.toFile());
        Element volume = (Element) doc.getElementsByTagNameNS(PefWriter.NAMESPACE, "volume").item(0);
        int cols = Integer.parseInt(volume.getAttribute("cols"));
        int rows = Integer.parseInt(volume.getAttribute("rows"));
        List<List<String>> pages = new ArrayList<>();
        NodeList pageNodes = doc.getElementsByTagNameNS(PefWriter.NAMESPACE, "page");
        for (int p = 0; p < pageNodes.getLength(); p++) {
            NodeList rowNodes = ((Element) pageNodes.item(p)).getElementsByTagNameNS(PefWriter.NAMESPACE, "row");
            if (rowNodes.getLength() > rows) {
                throw new AssertionError("[Rule 1] page " + (p + 1) + " has " + rowNodes.getLength() + " rows");
            }
            List<String> page = new ArrayList<>();
            for (int r = 0; r < rowNodes.getLength(); r++) {
                String row = rowNodes.item(r).getTextContent();
                if (row.length() > cols) {
                    throw new AssertionError("[Rule 2] page " + (p + 1) + " row " + (r + 1) + " has "
                            + row.length() + " cells");
                }
                page.add(AsciiBraille.fromUnicode(row));
            }
            pages.add(page);
        }
        return pages;
    }
}
