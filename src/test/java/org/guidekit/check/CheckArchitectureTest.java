package org.guidekit.check;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The content checks stay pure: they see the model and the error types, never a file, a parser or a voice. */
class CheckArchitectureTest {
    private static final JavaClasses MAIN = org.guidekit.testing.GuidekitClasses.production();

    @Test
    void checksDependOnlyOnModelAndErrors() {
        classes().that().resideInAPackage("org.guidekit.check..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.guidekit.check..", "org.guidekit.model..", "org.guidekit.error..")
                .because("rules are pure functions over the model; files and engines are wired in by build and cli")
                .check(MAIN);
    }

    @Test
    void freeTtsStaysInRenderAudio() {
        noClasses().that().resideOutsideOfPackage("org.guidekit.render.audio..")
                .should().dependOnClassesThat().resideInAPackage("com.sun.speech..")
                .because("FreeTTS is wrapped in one package (the check reaches it through VoiceLexicon)")
                .check(MAIN);
    }
}
