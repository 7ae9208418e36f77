package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.guidekit.render.pdf.LargePrintPdfRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Write-in blanks ("Fecha: ____ de ________") and ordinal indicators (2.ª, n.º), which real leaflets print and
 * some tables have no braille for, in every language's braille: the same blank cells, a valid PEF, and the words
 * around them read back.
 */
class BrailleBlanksTest {
    /** Four cells of dots 36 in North American ASCII braille, standing alone (not part of a longer run). */
    private static final Pattern BLANK = Pattern.compile("(?<!-)----(?!-)");

    private static final String ENGLISH = """
            ---
            title: My asthma plan
            language: en-GB
            reviewed: 2026-10-01
            ---
            Fill in this plan with your nurse.

            - My preventer inhaler is called ____ and its colour is ________.
            - Take ____ puffs every morning and ______ puffs every evening.
            - Best peak flow: ________ litres a minute.

            | Zone | Peak flow |
            |---|---|
            | Green | above ____ |

            Take the 2.ª dose as the n.º 3 box says.
            """;

    private static final String FRENCH = """
            ---
            title: Mon plan contre l'asthme
            language: fr-FR
            reviewed: 2026-10-01
            ---
            Remplissez ce plan avec votre infirmière.

            - Mon inhalateur de fond s'appelle ____ et sa couleur est ________.
            - Prenez ____ bouffées chaque matin et ______ bouffées chaque soir.
            - Meilleur débit de pointe : ________ litres par minute.

            | Zone | Débit |
            |---|---|
            | Verte | plus de ____ |

            Prenez la 2.ª dose comme le dit la case n.º 3.
            """;

    private static final String SPANISH = """
            ---
            title: Mi plan para el asma
            language: es-US
            reviewed: 2026-10-01
            ---
            Llene este plan con su enfermera.

            - Mi inhalador de control se llama ____ y es de color ________.
            - Tome ____ inhalaciones cada mañana y ______ inhalaciones cada noche.
            - Mi mejor flujo máximo: ________ litros por minuto.

            | Zona | Flujo máximo |
            |---|---|
            | Verde | más de ____ |

            Tome la 2.ª dosis como dice la casilla n.º 3.
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"en, 2", "en, 1", "fr, 2", "fr, 1", "es, 2", "es, 1"})
    void blanksAreTheSameCellsInEveryLanguageAndTheWordsAroundThemReadBack(String language, int grade)
            throws Exception {
        String text = switch (language) {
            case "en" -> ENGLISH;
            case "fr" -> FRENCH;
            default -> SPANISH;
        };
        Guide guide = MarkdownGuideReader.read(Fixtures.write(dir, language + ".md", text));
        RenderOptions options = BrailleRendererTest.options(grade, 40, 25);
        new BrailleRenderer(new LargePrintPdfRenderer()).render(guide, options, dir);
        String brf = Files.readString(dir.resolve(language + ".brf"), StandardCharsets.US_ASCII);

        long blanks = BLANK.matcher(brf).results().count();
        assertEquals(6, blanks, "one blank of four dots-36 cells per print blank:\n" + brf);
        assertFalse(brf.contains(".-.-"), "no UEB underscores (dots 46 36) left:\n" + brf);
        assertEquals(List.of(), PefSchema.errors(dir.resolve(language + ".pef")));

        List<String> back = BrailleProof.words(String.join(" ", BrailleProof.readBack(guide, options, brf)));
        BrailleProof.Survival s = BrailleProof.survival(BrailleProof.printWords(guide, options), back);
        System.out.println("[braille blanks] " + language + ", grade " + grade + ": " + s);
        assertTrue(s.rate() >= 0.95, s.toString());
    }

    @Test
    void aBlankIsItsOwnSpanBetweenTheWordsAroundIt() {
        List<Span> spans = InlineSpans.ofText("Fecha: ____ de __ de ______.");
        assertEquals(List.of(Span.text("Fecha: "), Span.braille(InlineSpans.BLANK_CELLS), Span.text(" de "),
                Span.braille(InlineSpans.BLANK_CELLS), Span.text(" de "), Span.braille(InlineSpans.BLANK_CELLS),
                Span.text(".")), spans);
        assertEquals(List.of(Span.text("file_name and 1.o and 2.a")),
                InlineSpans.ofText("file_name and 1.\u00BA and 2.\u00AA"), "one underscore is not a blank");
    }
}
