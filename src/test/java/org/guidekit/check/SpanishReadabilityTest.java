package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spanish readability: the published formulas and scales, and the rule a Spanish guide gets instead of the grade. */
class SpanishReadabilityTest {
    /** Long sentences of long words, as leaflets copied from a summary of product characteristics are written. */
    private static final String HARD = "La administración concomitante de anticoagulantes orales y antiinflamatorios "
            + "no esteroideos incrementa considerablemente la probabilidad de complicaciones hemorrágicas "
            + "gastrointestinales, particularmente en pacientes de edad avanzada con insuficiencia renal. "
            + "Los profesionales sanitarios deberán individualizar la posología considerando las características "
            + "farmacocinéticas y la susceptibilidad individual de cada paciente. Adicionalmente, la "
            + "monitorización periódica de los parámetros hematológicos resulta imprescindible durante el "
            + "tratamiento prolongado.\n";
    private static final String EASY = "Tome la pastilla con agua. Tómela a la misma hora todos los días. No tome "
            + "más de una al día. Si se le olvida, tómela al día siguiente. Llame a su médico si sangra.\n";

    @TempDir
    Path dir;

    @Test
    void theFormulasAsPublished() {
        // 2 sentences, 20 words, 40 syllables: 206.835 − 62.3 × 2 − 10 and 206.84 − 60 × 2 − 1.02 × 10.
        assertEquals(72.235, SpanishReadability.szigrisztPazos(2, 20, 40), 1e-9);
        assertEquals(76.64, SpanishReadability.fernandezHuerta(2, 20, 40), 1e-9);
        // Shorter sentences read easier, which the usual transcription of Fernández-Huerta gets backwards.
        assertTrue(SpanishReadability.fernandezHuerta(4, 20, 40) > SpanishReadability.fernandezHuerta(2, 20, 40));
        assertEquals(0, SpanishReadability.szigrisztPazos(0, 0, 0));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"39.9, muy difícil", "40, algo difícil", "54.9, algo difícil", "55, normal", "64.9, normal",
            "65, bastante fácil", "80, bastante fácil", "80.1, muy fácil"})
    void theInfleszBands(double score, String band) {
        assertEquals(band, SpanishReadability.inflesz(score));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"29.9, muy difícil", "30, difícil", "50, algo difícil", "60, normal", "70, algo fácil",
            "80, fácil", "90, muy fácil"})
    void theFernandezHuertaBands(double score, String band) {
        assertEquals(band, SpanishReadability.fernandezHuertaBand(score));
    }

    @Test
    void aHardSpanishGuideIsFlaggedOnTheInfleszScaleAndNotByTheEnglishGrade() {
        List<Finding> found = Checked.all(dir, "language: es-ES\n", HARD, Checked.settings());
        List<Finding> ease = found.stream().filter(f -> f.rule().equals(SpanishReadabilityRule.GUIDE)).toList();
        assertEquals(1, ease.size(), found.toString());
        assertTrue(ease.get(0).message().startsWith("Spanish readability "), ease.get(0).message());
        assertTrue(ease.get(0).message().contains("muy difícil on the INFLESZ scale"), ease.get(0).message());
        assertTrue(ease.get(0).message().contains("long words: "), ease.get(0).message());
        assertTrue(found.stream().noneMatch(f -> f.rule().equals(ReadingGradeRule.GUIDE)), found.toString());
    }

    @Test
    void plainSpanishPasses() {
        List<Finding> found = Checked.all(dir, "language: es-US\n", EASY, Checked.settings());
        assertTrue(found.stream().noneMatch(f -> f.rule().startsWith("reading-") || f.rule().startsWith("section-")),
                found.toString());
    }

    @Test
    void aListOfSymptomWordsIsNotAHardSection() {
        String body = "## Señales\n\n- confusión\n- temblores o nerviosismo\n- irritabilidad\n- somnolencia\n\n"
                + "## Precauciones\n\n" + HARD;
        List<Finding> found = Checked.all(dir, "language: es\n", body, Checked.settings());
        List<Finding> sections = found.stream().filter(f -> f.rule().equals(SpanishReadabilityRule.SECTION)).toList();
        assertEquals(1, sections.size(), found.toString());
        assertTrue(sections.get(0).message().startsWith("section \"Precauciones\" reads at "), sections.toString());
    }

    @Test
    void anEnglishGuideGetsNoSpanishScore() {
        List<Finding> found = Checked.all(dir, "", HARD, Checked.settings());
        assertTrue(found.stream().noneMatch(f -> f.rule().equals(SpanishReadabilityRule.GUIDE)), found.toString());
    }

    @Test
    void theReportSaysTheSpanishScores() {
        Path file = Fixtures.write(dir, "g.md", "---\ntitle: Guía\nlanguage: es\n---\n" + EASY);
        GuideReport report = GuideChecker.check(MarkdownGuideReader.read(file), Checked.settings());
        String summary = TextReport.summary(report);
        assertTrue(summary.contains(": Spanish readability ") && summary.contains("on the INFLESZ scale; "
                + "Fernández-Huerta ") && summary.endsWith(", aim 55.0 or more; 34 words, 5 sentences"), summary);
        String json = JsonReport.write(List.of(report));
        assertTrue(json.contains("\"readability\": {\"language\": \"es\", \"szigrisztPazos\": ")
                && json.contains("\"inflesz\": \"muy fácil\"") && !json.contains("smog"), json);
    }
}
