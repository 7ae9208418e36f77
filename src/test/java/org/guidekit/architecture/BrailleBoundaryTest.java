package org.guidekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The braille edition's boundaries, in the manner of {@link ArchitectureTest}. */
class BrailleBoundaryTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = org.guidekit.testing.GuidekitClasses.production();
    }

    @Test
    void liblouisAndJnaStayInTheBrailleRenderer() {
        noClasses().that().resideOutsideOfPackage("org.guidekit.render.braille..")
                .should().dependOnClassesThat().resideInAnyPackage("org.liblouis..", "com.sun.jna..")
                .because("only the braille renderer knows liblouis and its native binding").check(classes);
    }

    @Test
    void theBrailleRendererReadsOnlyTheModel() {
        noClasses().that().resideInAPackage("org.guidekit.render.braille..")
                .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.render.pdf..",
                        "org.guidekit.render.audio..", "org.guidekit.render.speech..", "org.guidekit.render.daisy..",
                        "org.guidekit.read..", "org.guidekit.library..", "org.guidekit.cli..", "org.guidekit.check..")
                .because("each renderer reads only the model").check(classes);
        noClasses().that().resideInAnyPackage("org.guidekit.render.pdf..", "org.guidekit.render.audio..",
                        "org.guidekit.render.speech..", "org.guidekit.render.daisy..")
                .should().dependOnClassesThat().resideInAPackage("org.guidekit.render.braille..")
                .because("renderers do not know each other").check(classes);
    }

    @Test
    void theLayoutIsPureOfLiblouis() {
        noClasses().that().resideInAPackage("org.guidekit.render.braille..")
                .and().haveNameNotMatching("org\\.guidekit\\.render\\.braille\\.Liblouis.*")
                .should().dependOnClassesThat().resideInAnyPackage("org.liblouis..", "com.sun.jna..")
                .because("the braille plan (transcription, layout, writers) is golden-tested apart from the "
                        + "translator, which it sees only as BrailleTranslator").check(classes);
    }
}
