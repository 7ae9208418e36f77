package org.guidekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * {@code org.guidekit.text} is shared by renderers that must not know each other (print and speech), so it may
 * depend on the JDK only: neither on the model nor on any renderer nor on a third-party library.
 */
class TextPackageTest {
    private static final JavaClasses CLASSES = org.guidekit.testing.GuidekitClasses.production();

    @Test
    void textDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("org.guidekit.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.guidekit.text..", "java..")
                .because("print and speech share it, so it must not pull either (or a library) into the other")
                .check(CLASSES);
    }
}
