package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The bundled Atkinson Hyperlegible shows every character of the samples and of Spanish and French text. */
class GlyphCoverageTest {
    private static final String SPANISH = "¿Qué pasó? ¡Llame al médico! Niño, señora, pingüino, acción, "
            + "ÁÉÍÓÚÑÜ áéíóúñü «comillas» “así” — 38 °C, 5 µg, ½ tableta";
    private static final String FRENCH = "Où êtes-vous ? Œuf, cœur, garçon, élève, naïf, Noël, déjà, "
            + "àâçéèêëîïôùûüÿœæ ÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ « guillemets » l’hôpital… 1,5 mg";

    @Test
    void samplesAndSpanishAndFrenchTextHaveEveryGlyph() throws IOException {
        try (PDDocument doc = new PDDocument();
             PdfResources fonts = new PdfResources(doc, FontFace.bundled(false), FontFace.bundled(true))) {
            for (String name : KeepInformationTogetherTest.guides()) {
                GlyphCheck.check(RenderedGuides.guide(name), fonts); // throws naming the character it lacks
            }
            StringBuilder missing = new StringBuilder();
            (SPANISH + FRENCH).codePoints().filter(cp -> !Character.isWhitespace(cp) && !fonts.canShow(cp))
                    .forEach(missing::appendCodePoint);
            assertEquals("", missing.toString(), "characters the bundled font lacks");
        }
    }
}
