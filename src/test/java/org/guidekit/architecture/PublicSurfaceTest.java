package org.guidekit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.guidekit.testing.GuidekitClasses;
import org.junit.jupiter.api.Test;

/**
 * A type is public only when another package uses it, as in jsoup: everything else is package-private, so a
 * newcomer sees each package's few entry points (named in its package-info) and nothing more.
 */
class PublicSurfaceTest {
    /**
     * Public for callers outside guidekit's own packages: the JVM ({@code Main}), scripts reading exit codes, the
     * golden-file tests ({@code ModelPrinter}) and the stage benchmarks in {@code bench/}, which time the steps one
     * by one.
     */
    private static final Set<String> ENTRY_POINTS_FOR_OTHERS = Set.of(
            "org.guidekit.cli.Main", "org.guidekit.error.ExitCode", "org.guidekit.model.ModelPrinter",
            "org.guidekit.render.speech.CmuPhones", "org.guidekit.render.audio.Mp3Encoder",
            "org.guidekit.render.audio.FreeTtsSynthesizer", "org.guidekit.render.audio.GuideSynthesizer",
            "org.guidekit.render.audio.Loudness", "org.guidekit.render.audio.VoiceSettings",
            "org.guidekit.render.audio.Levels", "org.guidekit.render.audio.SpokenUtterance");

    @Test
    void publicTypesAreUsedFromAnotherPackage() {
        List<String> inward = GuidekitClasses.production().stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .filter(c -> !ENTRY_POINTS_FOR_OTHERS.contains(c.getName()))
                .filter(c -> c.getDirectDependenciesToSelf().stream()
                        .noneMatch(d -> !d.getOriginClass().getPackageName().equals(c.getPackageName())))
                .map(JavaClass::getName).sorted().toList();
        assertEquals(List.of(), inward, "public but used only inside their package: make them package-private");
    }
}
