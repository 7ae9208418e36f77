package org.guidekit.importer;

/**
 * POI logs through the Log4j API, and without a Log4j implementation the API prints an error to the terminal on
 * first use. guidekit reports problems in its own words, so Log4j's simple logger is chosen and switched off.
 * A user's own Log4j settings (system properties) win.
 */
final class PoiLogging {
    private PoiLogging() {
    }

    static void quiet() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }
}
