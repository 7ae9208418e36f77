package org.guidekit.render.daisy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;

/**
 * Validates NCC and SMIL files against the DAISY 2.02 RelaxNG schemas published with the DAISY Pipeline
 * ({@code org.daisy.pipeline.modules:daisy202-utils}), using Jing.
 */
final class DaisySchemas {
    static final String NCC = "d202/d202ncc.rng";
    static final String SMIL = "d202/d202smil.rng";
    private static final List<String> FILES = List.of("d202/d202ncc.rng", "d202/d202smil.rng", "d202/d202meta.rng",
            "relaxngcommon/attributes.rng", "relaxngcommon/datatypes.rng");
    private static Path extracted;

    private DaisySchemas() {
    }

    /** The schema errors of {@code file}; empty when it is valid. */
    static List<String> errors(String schema, Path file) throws IOException, SAXException {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(file.getFileName() + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, handler);
        // The DOCTYPEs name W3C DTDs on the web; never fetch them.
        props.put(ValidateProperty.ENTITY_RESOLVER, (org.xml.sax.EntityResolver) (p, s) -> s != null
                && s.startsWith("http") ? new InputSource(new StringReader("")) : null);
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        Path rng = extracted().resolve(schema);
        if (!driver.loadSchema(ValidationDriver.fileInputSource(rng.toFile()))) {
            throw new IllegalStateException("cannot load schema " + schema + ": " + errors);
        }
        driver.validate(ValidationDriver.fileInputSource(file.toFile()));
        return errors;
    }

    /**
     * The schemas copied out of their jar: they include each other by relative paths, which Jing cannot resolve
     * inside a {@code jar:} URL.
     */
    private static synchronized Path extracted() throws IOException {
        if (extracted == null) {
            Path dir = java.nio.file.Files.createTempDirectory("d202-schemas");
            for (String f : FILES) {
                Path target = dir.resolve(f);
                java.nio.file.Files.createDirectories(target.getParent());
                try (var in = DaisySchemas.class.getResourceAsStream("/xml/schemas/" + f)) {
                    if (in == null) {
                        throw new IllegalStateException("schema " + f + " is not on the test classpath");
                    }
                    java.nio.file.Files.copy(in, target);
                }
            }
            extracted = dir;
        }
        return extracted;
    }
}
