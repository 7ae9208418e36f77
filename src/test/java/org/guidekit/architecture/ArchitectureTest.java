package org.guidekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture: each third-party library lives in the one package that wraps it, the
 * model depends on nothing, and renderers do not know each other. Each rule says why.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = org.guidekit.testing.GuidekitClasses.production();
    }

    private static void onlyIn(String wrapper, String because, String... libraries) {
        ArchRule rule = noClasses().that().resideOutsideOfPackage(wrapper)
                .should().dependOnClassesThat().resideInAnyPackage(libraries)
                .because(because);
        rule.check(classes);
    }

    @Test
    void markdownAndYamlStayInTheReader() {
        onlyIn("org.guidekit.read..", "readers turn files into the model; nothing else may re-parse Markdown or YAML",
                "org.commonmark..", "org.yaml..");
    }

    @Test
    void picocliStaysInTheCli() {
        onlyIn("org.guidekit.cli..", "the command line is one thin layer over the library", "picocli..");
    }

    @Test
    void pdfboxStaysInThePdfRenderer() {
        onlyIn("org.guidekit.render.pdf..", "only the PDF renderer knows PDF primitives",
                "org.apache.pdfbox..", "org.apache.xmpbox..", "org.apache.fontbox..");
    }

    @Test
    void speechLibrariesStayInTheAudioRenderer() {
        onlyIn("org.guidekit.render.audio..", "only the synthesizer and encoders know FreeTTS, jump3r and mp3agic",
                "com.sun.speech..", "de.dfki..", "javax.speech..", "de.sciss..", "com.mpatric..");
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.guidekit.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.guidekit.read..", "org.guidekit.render..", "org.guidekit.check..",
                        "org.guidekit.library..", "org.guidekit.cli..", "org.guidekit.error..")
                .because("the model is the closed core every reader and writer shares")
                .check(classes);
    }

    @Test
    void readersAndChecksDoNotKnowRenderersOrTheCli() {
        noClasses().that().resideInAnyPackage("org.guidekit.read..", "org.guidekit.check..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.guidekit.render..", "org.guidekit.library..", "org.guidekit.cli..")
                .because("dependencies point one way: cli -> library -> render -> model")
                .check(classes);
    }

    @Test
    void renderersDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.guidekit.render.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.render.audio..",
                        "org.guidekit.render.speech..", "org.guidekit.render.daisy..")
                .because("each renderer reads only the model").check(classes);
        noClasses().that().resideInAnyPackage("org.guidekit.render.audio..", "org.guidekit.render.speech..")
                .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.render.pdf..",
                        "org.guidekit.render.daisy..")
                .because("each renderer reads only the model").check(classes);
        noClasses().that().resideInAPackage("org.guidekit.render.daisy..")
                .should().dependOnClassesThat().resideInAPackage("org.guidekit.render.pdf..")
                .because("DAISY reuses the audio clip map only").check(classes);
    }

    /** What DAISY may use of the audio package: the shared synthesis and its clip map. */
    private static final java.util.Set<String> AUDIO_FOR_DAISY = java.util.Set.of("SpokenGuide", "SpeechService", "SpeechPreflight",
            "SpeechService$Lease", "SynthesizedGuide", "SectionAudio", "AudioClipMap", "AudioClipMap$Clip");

    @Test
    void daisyUsesOnlyTheAudioEntryPointsAndClipMap() {
        DescribedPredicate<JavaClass> audioInternals = DescribedPredicate.describe("audio internals", c ->
                c.getPackageName().equals("org.guidekit.render.audio")
                        && !AUDIO_FOR_DAISY.contains(c.getName().substring(c.getPackageName().length() + 1)));
        noClasses().that().resideInAPackage("org.guidekit.render.daisy..")
                .should().dependOnClassesThat(audioInternals)
                .because("DAISY reuses the audio renderer's synthesis and clip map, not its workings")
                .check(classes);
    }

    @Test
    void renderersDoNotReadFilesIntoTheModel() {
        noClasses().that().resideInAPackage("org.guidekit.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.read..", "org.guidekit.library..",
                        "org.guidekit.cli..")
                .because("renderers see only the model, never the source files").check(classes);
    }
}
