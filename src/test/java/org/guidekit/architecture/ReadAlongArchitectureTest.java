package org.guidekit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read-along page ({@code render.web}) and the EPUB ({@code render.epub}) share the text-with-timings stage
 * ({@code render.readalong}) and the build's synthesis, and nothing else of other renderers.
 */
class ReadAlongArchitectureTest {
    private static JavaClasses classes;

    /** What the page, the EPUB and their shared stage may use of the audio package. */
    private static final Set<String> AUDIO_FOR_READ_ALONG = Set.of("SpokenGuide", "SpeechService",
            "SpeechService$Lease", "SpeechPreflight", "SynthesizedGuide", "AudioClipMap", "AudioClipMap$Clip",
            "Mp3Writer", "WebVttWriter");

    @BeforeAll
    static void importClasses() {
        classes = org.guidekit.testing.GuidekitClasses.production();
    }

    @Test
    void thePageAndTheBookDoNotKnowOtherRenderers() {
        noClasses().that().resideInAnyPackage("org.guidekit.render.web..", "org.guidekit.render.epub..",
                        "org.guidekit.render.readalong..")
                .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.render.pdf..",
                        "org.guidekit.render.daisy..", "org.guidekit.render.braille..")
                .because("each renderer reads only the model; timed formats share the synthesis").check(classes);
        noClasses().that().resideInAPackage("org.guidekit.render.web..")
                .should().dependOnClassesThat().resideInAPackage("org.guidekit.render.epub..")
                .because("the page and the book share render.readalong, not each other").check(classes);
        noClasses().that().resideInAPackage("org.guidekit.render.epub..")
                .should().dependOnClassesThat().resideInAPackage("org.guidekit.render.web..")
                .because("the page and the book share render.readalong, not each other").check(classes);
        noClasses().that().resideInAPackage("org.guidekit.render.readalong..")
                .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.render.web..",
                        "org.guidekit.render.epub..")
                .because("the shared stage knows neither of its users").check(classes);
        noClasses().that().resideOutsideOfPackages("org.guidekit.render.web..", "org.guidekit.render.epub..",
                        "org.guidekit.render.readalong..", "org.guidekit.render")
                .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.render.web..",
                        "org.guidekit.render.epub..", "org.guidekit.render.readalong..")
                .because("only the renderer list (render.Renderers) names the page and the book").check(classes);
    }

    @Test
    void thePageAndTheBookUseOnlyTheSynthesisAndItsWriters() {
        DescribedPredicate<JavaClass> audioInternals = DescribedPredicate.describe("audio internals", c ->
                c.getPackageName().equals("org.guidekit.render.audio")
                        && !AUDIO_FOR_READ_ALONG.contains(c.getName().substring(c.getPackageName().length() + 1)));
        noClasses().that().resideInAnyPackage("org.guidekit.render.web..", "org.guidekit.render.epub..",
                        "org.guidekit.render.readalong..")
                .should().dependOnClassesThat(audioInternals)
                .because("they reuse the build's one synthesis (its clip map, chaptered MP3 and captions), not its "
                        + "workings").check(classes);
    }
}
