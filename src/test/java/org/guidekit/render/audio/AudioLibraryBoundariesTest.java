package org.guidekit.render.audio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each audio library stays in the one class that wraps it, and the speech script stays pure. */
class AudioLibraryBoundariesTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMain() {
        main = org.guidekit.testing.GuidekitClasses.production();
    }

    @Test
    void freettsOnlyInFreeTtsSynthesizerAndItsLexicon() {
        noClasses().that().doNotHaveFullyQualifiedName(FreeTtsSynthesizer.class.getName())
                .and().doNotHaveFullyQualifiedName(FreeTtsSynthesizer.class.getName() + "$PcmCollector")
                .and().doNotHaveFullyQualifiedName(FreeTtsLexicon.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.sun.speech..")
                .because("FreeTTS's quirks (hangs, static allocation, no clamping) are handled in one place; the "
                        + "content checks only look words up in its lexicon")
                .check(main);
    }

    @Test
    void jump3rOnlyInMp3Encoder() {
        noClasses().that().doNotHaveFullyQualifiedName(Mp3Encoder.class.getName())
                .should().dependOnClassesThat().resideInAPackage("de.sciss..")
                .because("the MP3 encoder can then be swapped in one class").check(main);
    }

    @Test
    void mp3agicOnlyInId3Chapters() {
        noClasses().that().doNotHaveFullyQualifiedName(Id3Chapters.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.mpatric..")
                .because("tag writing lives in one class").check(main);
    }

    @Test
    void speechScriptIsPure() {
        noClasses().that().resideInAPackage("org.guidekit.render.speech..")
                .should().dependOnClassesThat().resideInAnyPackage("org.guidekit.render.audio..", "javax.sound..",
                        "com.sun.speech..", "de.sciss..", "com.mpatric..")
                .because("the script is the pure, golden-tested plan; sound comes after it").check(main);
    }
}
