package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A print check box (☐), which no liblouis table has: in UEB the square shape symbol (dots 1246 3456 145, after the
 * grade 1 symbol indicator in contracted braille), in French and Spanish braille the word in brackets; one for each
 * box, between the words around it, in a valid PEF.
 */
class BrailleCheckBoxTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"en, 2, ';\\$#D'", "en, 1, '(?<!;)\\$#D'", "es, 2, casilla", "fr, 2, case"})
    void eachBoxIsBrailled(String language, int grade, String box) throws Exception {
        String body = switch (language) {
            case "en" -> "Call the doctor \u2610 before \u2610 within 2 hours after taking the steroid.";
            case "es" -> "Llame al médico \u2610 antes \u2610 dentro de 2 horas.";
            default -> "Appelez le médecin \u2610 avant \u2610 dans les 2 heures.";
        };
        Guide guide = MarkdownGuideReader.read(Fixtures.write(dir, language + ".md", "---\ntitle: Plan\nlanguage: "
                + language + "\n---\n" + body + "\n"));
        RenderOptions options = BrailleRendererTest.options(grade, 40, 25);
        new BrailleRenderer(new org.guidekit.render.pdf.LargePrintPdfRenderer()).render(guide, options, dir);
        String brf = Files.readString(dir.resolve(language + ".brf"), StandardCharsets.US_ASCII);
        assertEquals(List.of(), PefSchema.errors(dir.resolve(language + ".pef")));
        if (language.equals("en")) {
            assertEquals(2, Pattern.compile(box).matcher(brf).results().count(), brf.replace("\f", "\n").replaceAll("\n\\s*\n", "\n"));
        } else {
            String back = String.join(" ", BrailleProof.readBack(guide, options, brf)).toLowerCase();
            assertEquals(2, Pattern.compile("\\(" + box).matcher(back).results().count(), back);
        }
    }
}
