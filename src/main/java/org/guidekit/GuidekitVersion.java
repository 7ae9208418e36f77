package org.guidekit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven wrote into {@code version.properties}; part of every build fingerprint. */
public final class GuidekitVersion {
    private static final String VERSION = load();

    private GuidekitVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = GuidekitVersion.class.getResourceAsStream("/org/guidekit/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "development");
    }
}
