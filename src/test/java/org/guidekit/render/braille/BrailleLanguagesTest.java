package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French and Spanish guides (which the voice cannot speak) in their own braille, read back with the same tables.
 * The rate is printed; liblouis's readings are not perfect in these tables (see the printed losses), so the bar is
 * lower than for English.
 */
class BrailleLanguagesTest {
    private static final String FRENCH = """
            ---
            title: Soulager les spasmes du dos
            language: fr-FR
            organization: Centre de santé Riverside
            reviewed: 2026-10-01
            ---
            Un spasme musculaire du dos est une contraction soudaine et douloureuse des muscles de votre dos.

            ## Étape 1 : le froid, puis la chaleur

            - **Les deux premiers jours :** enveloppez une poche de glace dans une serviette fine.
            - Posez-la sur la zone douloureuse pendant 15 à 20 minutes.

            > [!WARNING] Quand appeler votre médecin
            > Appelez le 15 si vous ne pouvez plus marcher ou si vos jambes deviennent faibles.
            """;

    private static final String SPANISH = """
            ---
            title: Cómo aliviar los espasmos de espalda
            language: es-MX
            organization: Centro de Salud Riverside
            reviewed: 2026-10-01
            ---
            Un espasmo muscular de espalda es una contracción repentina y dolorosa de los músculos de la espalda.

            ## Paso 1: frío y después calor

            - **Los primeros dos días:** envuelva una bolsa de hielo en una toalla delgada.
            - Póngala sobre la zona adolorida durante 15 a 20 minutos.

            > [!WARNING] Cuándo llamar a su médico
            > Llame al 911 si no puede caminar o si siente las piernas débiles. ¿Tiene dudas? ¡Pregunte!
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"fr, 2", "fr, 1", "es, 2"})
    void wordsSurviveInFrenchAndSpanishBraille(String language, int grade) {
        Guide guide = MarkdownGuideReader.read(Fixtures.write(dir, language + ".md",
                language.equals("fr") ? FRENCH : SPANISH));
        var options = BrailleRendererTest.options(grade, 40, 25);
        String brf = BrailleProof.brf(guide, options);
        List<String> back = BrailleProof.words(String.join(" ", BrailleProof.readBack(guide, options, brf)));
        BrailleProof.Survival s = BrailleProof.survival(BrailleProof.printWords(guide, options), back);
        System.out.println("[braille round trip] " + language + ", grade " + grade + ": " + s);
        assertTrue(s.total() > 60, s.toString());
        assertTrue(s.rate() >= 0.95, s.toString());
        assertTrue(brf.contains("\f"), "a title page and the body");
    }
}
