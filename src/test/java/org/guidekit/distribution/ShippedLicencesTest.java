package org.guidekit.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README "Licences": every runtime dependency ships with its licence. Reads what the build generated into
 * target/classes (the dependency list with licences from the POMs, and the LICENSE/NOTICE files of each
 * dependency's jar), so a dependency added to pom.xml whose jar carries no licence text fails here until its text
 * is added under src/main/resources/META-INF/licenses/.
 */
class ShippedLicencesTest {
    @TempDir
    Path dir;

    @Test
    void everyRuntimeDependencyHasItsLicenceText() throws Exception {
        URL list = getClass().getResource("/META-INF/THIRD-PARTY.txt");
        assertTrue(list != null && list.getProtocol().equals("file"),
                "META-INF/THIRD-PARTY.txt is not in target/classes: run the tests through Maven (mvn test)");
        Path classes = Path.of(list.toURI()).getParent().getParent();
        List<ShippedLicences.Dependency> dependencies = ShippedLicences.dependencies(classes);
        assertTrue(dependencies.stream().anyMatch(d -> d.artifactId().equals("jump3r")), dependencies.toString());
        assertEquals(List.of(), ShippedLicences.problems(classes));
    }

    @Test
    void theApacheNoticesOfDependenciesAreShipped() throws Exception {
        Path classes = Path.of(getClass().getResource("/META-INF/THIRD-PARTY.txt").toURI()).getParent().getParent();
        assertTrue(Files.readString(classes.resolve("META-INF/licenses/pdfbox/META-INF/NOTICE"))
                .contains("Apache PDFBox"));
    }

    @Test
    void aDependencyWithoutTextIsReported() throws Exception {
        shippable(dir);
        thirdParty(dir, "org.example:newlib:1.0", "MIT");
        assertEquals(List.of("org.example:newlib:1.0 (MIT) has no licence text in META-INF/licenses/newlib/; its jar"
                + " ships none, so add one to src/main/resources/META-INF/licenses/newlib/ (its copyright lines and"
                + " licence, and where they come from)"), ShippedLicences.problems(dir));
        write(dir.resolve("META-INF/licenses/newlib/LICENSE.txt"), "Copyright 2024 Someone\n\nMIT licence ...");
        assertEquals(List.of(), ShippedLicences.problems(dir));
    }

    @Test
    void aDependencyWithoutLicenceNameIsReported() throws Exception {
        shippable(dir);
        thirdParty(dir, "org.example:newlib:1.0", "Unknown license");
        write(dir.resolve("META-INF/licenses/newlib/LICENSE.txt"), "text");
        assertEquals(List.of("org.example:newlib:1.0: no licence name in THIRD-PARTY.txt; add it to"
                + " src/license/THIRD-PARTY.properties"), ShippedLicences.problems(dir));
    }

    @Test
    void aReferenceToAnUnshippedTextIsReported() throws Exception {
        shippable(dir);
        thirdParty(dir, "org.example:newlib:1.0", "LGPL-2.1");
        write(dir.resolve("META-INF/licenses/newlib/LICENSE.txt"), "The licence text is ../LGPL-2.1.txt.");
        assertEquals(List.of("META-INF/licenses/newlib/LICENSE.txt refers to ../LGPL-2.1.txt, which is not shipped"),
                ShippedLicences.problems(dir));
        write(dir.resolve("META-INF/licenses/LGPL-2.1.txt"), "GNU LESSER GENERAL PUBLIC LICENSE");
        assertEquals(List.of(), ShippedLicences.problems(dir));
    }

    @Test
    void aFontNeedsALicence() throws Exception {
        shippable(dir);
        thirdParty(dir);
        write(dir.resolve("org/guidekit/fonts/Example-Regular.ttf"), "font");
        assertEquals(List.of("org/guidekit/fonts/Example-Regular.ttf has no licence: put its OFL.txt (or LICENSE)"
                + " beside it"), ShippedLicences.problems(dir));
        write(dir.resolve("META-INF/licenses/fonts/Example-OFL.txt"), "SIL OPEN FONT LICENSE");
        assertEquals(List.of(), ShippedLicences.problems(dir));
        Files.delete(dir.resolve("META-INF/licenses/fonts/Example-OFL.txt"));
        write(dir.resolve("org/guidekit/fonts/OFL.txt"), "SIL OPEN FONT LICENSE");
        assertEquals(List.of(), ShippedLicences.problems(dir));
    }

    @Test
    void guidekitsOwnLicenceIsRequired() throws Exception {
        thirdParty(dir);
        assertEquals(List.of("META-INF/LICENSE (guidekit's own licence) is missing"), ShippedLicences.problems(dir));
    }

    private static void shippable(Path root) throws Exception {
        write(root.resolve("META-INF/LICENSE"), "Apache License");
    }

    /** A THIRD-PARTY.txt as src/license/THIRD-PARTY.ftl writes it. */
    private static void thirdParty(Path root, String... coordinatesAndLicence) throws Exception {
        StringBuilder s = new StringBuilder("Third-party software in guidekit\n\nguidekit.jar also contains:\n\n");
        for (int i = 0; i < coordinatesAndLicence.length; i += 2) {
            s.append(coordinatesAndLicence[i]).append("\n    name:     x\n    licence:  ")
                    .append(coordinatesAndLicence[i + 1]).append("\n    texts:    META-INF/licenses/x/\n");
        }
        write(root.resolve("META-INF/THIRD-PARTY.txt"), s.toString());
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
