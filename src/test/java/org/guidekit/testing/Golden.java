package org.guidekit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/<case>/<file>}. Run the tests with
 * {@code -Dgolden.update=true} (e.g. {@code mvn verify -Dgolden.update=true}) to write the current output as the
 * new expectation, then review the diff in git.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Asserts {@code actual} equals the golden file, or rewrites it when updating. */
    public static void assertMatches(String testCase, String file, String actual) {
        Path path = ROOT.resolve(testCase).resolve(file);
        try {
            if (updating()) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(path)) {
                fail("golden file " + path + " is missing; run with -Dgolden.update=true to create it");
            }
            assertEquals(Files.readString(path, StandardCharsets.UTF_8), actual,
                    "output differs from " + path + " (run with -Dgolden.update=true to accept the change)");
        } catch (IOException e) {
            throw new AssertionError("cannot use golden file " + path, e);
        }
    }
}
