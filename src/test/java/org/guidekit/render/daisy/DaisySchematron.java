package org.guidekit.render.daisy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.helger.schematron.pure.SchematronResourcePure;
import com.helger.schematron.svrl.AbstractSVRLMessage;
import com.helger.schematron.svrl.SVRLHelper;

/**
 * The Schematron rules embedded in the DAISY Pipeline's DAISY 2.02 RelaxNG schemas ({@code daisy202-utils}), run
 * with ph-schematron's pure (XPath) engine. The rules are gathered from the RelaxNG file into a Schematron schema
 * of their own; two things are adapted so the JDK's XPath 1.0 can run them, and nothing else: {@code lower-case(x)}
 * (XPath 2) becomes the equivalent {@code translate(x, 'A..Z', 'a..z')}, and the old {@code name} attribute on
 * patterns (Schematron 1.5) is dropped. Documents are read with their DOCTYPE stripped, as the W3C DTDs they name
 * are never fetched.
 */
final class DaisySchematron {
    static final String SCH = "http://purl.oclc.org/dsdl/schematron";
    private static final Map<String, SchematronResourcePure> SCHEMAS = new HashMap<>();

    private DaisySchematron() {
    }

    /** The failed assertions of the schema's error rules for {@code file}: "[type::error]" messages. */
    static List<String> errors(String schema, Path file) throws Exception {
        List<String> errors = new ArrayList<>();
        for (String message : messages(schema, file)) {
            if (!message.contains("[type::warning]")) {
                errors.add(message);
            }
        }
        return errors;
    }

    /** Every failed assertion and successful report, warnings included. */
    static List<String> messages(String schema, Path file) throws Exception {
        SchematronResourcePure sch = schema(schema);
        Document doc = parse(Files.readString(file).replaceFirst("<!DOCTYPE[^>]*>", ""));
        List<String> messages = new ArrayList<>();
        for (AbstractSVRLMessage m : SVRLHelper.getAllFailedAssertionsAndSuccessfulReports(
                sch.applySchematronValidationToSVRL(doc, file.toUri().toString()))) {
            messages.add(file.getFileName() + ": " + m.getText().strip() + " at " + m.getLocation());
        }
        return messages;
    }

    /** How many rules the schema holds (so a test can see that rules were found at all). */
    static int patternCount(String schema) throws Exception {
        return extract(schema).getElementsByTagNameNS(SCH, "pattern").getLength();
    }

    private static synchronized SchematronResourcePure schema(String rng) throws Exception {
        SchematronResourcePure sch = SCHEMAS.get(rng);
        if (sch == null) {
            sch = SchematronResourcePure.fromByteArray(serialize(extract(rng)));
            if (!sch.isValidSchematron()) {
                throw new IllegalStateException("the Schematron rules of " + rng + " cannot be compiled");
            }
            SCHEMAS.put(rng, sch);
        }
        return sch;
    }

    /** A Schematron schema holding the {@code sch:ns} and {@code sch:pattern} elements of a RelaxNG schema. */
    static Document extract(String rng) throws Exception {
        Document grammar;
        try (InputStream in = DaisySchematron.class.getResourceAsStream("/xml/schemas/" + rng)) {
            if (in == null) {
                throw new IllegalStateException("schema " + rng + " is not on the test classpath");
            }
            grammar = factory().newDocumentBuilder().parse(in);
        }
        Document sch = factory().newDocumentBuilder().newDocument();
        Element root = sch.createElementNS(SCH, "sch:schema");
        root.setAttribute("queryBinding", "xslt");
        sch.appendChild(root);
        for (String name : List.of("ns", "pattern")) {
            NodeList found = grammar.getElementsByTagNameNS(SCH, name);
            for (int i = 0; i < found.getLength(); i++) {
                Element copy = (Element) sch.importNode(found.item(i), true);
                copy.removeAttribute("name");
                root.appendChild(copy);
            }
        }
        adaptToXPath1(root);
        return sch;
    }

    private static void adaptToXPath1(Node node) {
        if (node instanceof Element e && e.hasAttribute("test")) {
            e.setAttribute("test", e.getAttribute("test").replaceAll("lower-case\\(([^()]*)\\)",
                    "translate($1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"));
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            adaptToXPath1(c);
        }
    }

    private static Document parse(String xml) throws Exception {
        var builder = factory().newDocumentBuilder();
        builder.setEntityResolver((p, s) -> new InputSource(new StringReader("")));
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f;
    }

    private static byte[] serialize(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }
}
