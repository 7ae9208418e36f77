package org.guidekit.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' own log lines (PDFBox's font parser warns about tables it skips, for example) off the
 * terminal: guidekit reports problems in its own words. With {@code --verbose} they are shown.
 */
final class LibraryLogging {
    /** Held so the settings are not garbage-collected with the loggers. */
    private static final List<Logger> LOGGERS = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    private LibraryLogging() {
    }

    static void setUp(boolean verbose) {
        // Apache Commons Logging (PDFBox's) would pick Log4j's API, which Apache POI brings along with no logger
        // behind it, and print an error about that; keep it on java.util.logging, which is set here.
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        }
        for (Logger l : LOGGERS) {
            l.setLevel(verbose ? Level.INFO : Level.SEVERE);
        }
    }
}
