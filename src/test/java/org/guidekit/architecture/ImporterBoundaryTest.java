package org.guidekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Word importer's boundaries: Apache POI (and the XML libraries it brings) stays in
 * {@code org.guidekit.importer}; the importer writes Markdown and knows nothing of reading, rendering or the
 * command line; only the command line calls it.
 */
class ImporterBoundaryTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = org.guidekit.testing.GuidekitClasses.production();
    }

    @Test
    void poiStaysInTheImporter() {
        noClasses().that().resideOutsideOfPackage("org.guidekit.importer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..",
                        "org.openxmlformats..", "com.microsoft.schemas..")
                .because("only the importer knows Word's file format; everything else sees guide Markdown")
                .check(classes);
    }

    @Test
    void importerWritesMarkdownWithoutKnowingReadersRenderersOrTheCli() {
        noClasses().that().resideInAPackage("org.guidekit.importer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.read..", "org.guidekit.render..",
                        "org.guidekit.library..", "org.guidekit.cli..")
                .because("the importer's output is a guide file, which the reader then reads like any other")
                .check(classes);
    }

    @Test
    void onlyTheCliCallsTheImporter() {
        noClasses().that().resideOutsideOfPackages("org.guidekit.importer..", "org.guidekit.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.guidekit.importer..")
                .because("importing is a command, not a step of a build")
                .check(classes);
    }
}
