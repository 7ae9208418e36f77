package org.guidekit.render.braille;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;

/**
 * Validates PEF files against the PEF 1.0 RelaxNG schema as the DAISY Pipeline publishes it
 * ({@code org.daisy.pipeline.modules.braille:pef-utils}, {@code schema/pef-2008-1.rng}), using Jing. The schema's
 * two Schematron rules (rows fit the page; no row longer than its cols) need Saxon, which is left out; the tests
 * check them by hand ({@link PefCheck}).
 */
final class PefSchema {
    private static ValidationDriver driver;
    private static final List<String> ERRORS = new ArrayList<>();

    private PefSchema() {
    }

    /** The schema errors of {@code file}; empty when it is valid. */
    static synchronized List<String> errors(Path file) throws Exception {
        if (driver == null) {
            PropertyMapBuilder props = new PropertyMapBuilder();
            props.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    ERRORS.add(e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            driver = new ValidationDriver(props.toPropertyMap());
            Path rng = Files.createTempFile("pef-2008-1", ".rng");
            try (InputStream in = PefSchema.class.getResourceAsStream("/schema/pef-2008-1.rng")) {
                if (in == null) {
                    throw new IllegalStateException("schema/pef-2008-1.rng is not on the test class path");
                }
                Files.copy(in, rng, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (!driver.loadSchema(ValidationDriver.fileInputSource(rng.toFile()))) {
                throw new IllegalStateException("cannot load the PEF schema: " + ERRORS);
            }
        }
        ERRORS.clear();
        try {
            driver.validate(ValidationDriver.fileInputSource(file.toFile()));
        } catch (IOException e) {
            ERRORS.add(e.getMessage());
        }
        return List.copyOf(ERRORS);
    }
}
