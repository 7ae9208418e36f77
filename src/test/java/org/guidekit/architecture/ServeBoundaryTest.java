package org.guidekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff workspace's boundaries: the web library (Javalin, and the Jetty and servlet types it exposes) stays in
 * {@code org.guidekit.serve}; the workspace sits beside the command line, on top of the library and the renderers;
 * only the command line starts it.
 */
class ServeBoundaryTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = org.guidekit.testing.GuidekitClasses.production();
    }

    @Test
    void theWebLibraryStaysInTheWorkspace() {
        noClasses().that().resideOutsideOfPackage("org.guidekit.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..",
                        "jakarta.servlet..", "kotlin..")
                .because("only the workspace speaks HTTP; a build, a check or a renderer never needs a web server")
                .check(classes);
    }

    @Test
    void theWorkspaceDoesNotKnowTheCommandLine() {
        noClasses().that().resideInAPackage("org.guidekit.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.cli..", "picocli..")
                .because("dependencies point one way: cli/serve -> library -> render -> model")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineStartsTheWorkspace() {
        noClasses().that().resideOutsideOfPackages("org.guidekit.serve..", "org.guidekit.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.guidekit.serve..")
                .because("the workspace is a front end, like the command line; nothing below it may call it")
                .check(classes);
    }

    @Test
    void theWorkspaceDoesNotParseMarkdownOrYamlItself() {
        noClasses().that().resideInAPackage("org.guidekit.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.commonmark..", "org.yaml..",
                        "org.apache.pdfbox..", "com.sun.speech..")
                .because("it shows what the readers, checks and renderers make; it must never disagree with a build")
                .check(classes);
    }
}
