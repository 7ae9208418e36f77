package org.guidekit.render.speech;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the voice says besides the guide's own words (who it is from, a picture, a table, a dash or empty cell, the
 * closing line) is in the guide's language: a Spanish guide no longer says "From", "Table with … rows" or "End of
 * guide." in English. English is unchanged (its speech golden files too).
 */
class SpeechWordsInTheGuidesLanguageTest {
    private static final String BODY = "Lea esta guía con calma.\n\n![Una bolsa de hielo](p.png)\n\n"
            + "| Peso | Dosis |\n|---|---|\n| 5 kg | — |\n| 10 kg |  |\n";

    @TempDir
    Path dir;

    private String transcript(String language) {
        Fixtures.png(dir, "p.png");
        Path file = Fixtures.write(dir, language + ".md", "---\ntitle: Fiebre en niños\nlanguage: " + language
                + "\norganization: Clínica Río Verde\n---\n" + BODY);
        return new SpeechScriptBuilder(w -> true).build(MarkdownGuideReader.read(file), Map.of()).transcript();
    }

    @Test
    void aSpanishGuideHearsSpanishWords() {
        String t = transcript("es-MX");
        for (String said : new String[] {"De Clínica Río Verde", "Imagen: Una bolsa de hielo",
            "Tabla de dos filas. Columnas: Peso, Dosis", "Dosis: nada", "Dosis: en blanco", "Fin de la guía."}) {
            assertTrue(t.contains(said), said + " in\n" + t);
        }
        for (String english : new String[] {"From ", "Picture:", "Table with", "none", "blank", "End of guide"}) {
            assertFalse(t.contains(english), english + " in\n" + t);
        }
        assertTrue(SpeechScriptBuilder.endLine("es-ES").equals("Fin de la guía."));
    }

    @Test
    void anEnglishGuideHearsWhatItDidBefore() {
        String t = transcript("en-US");
        // (the English normaliser says the accented letters without their accents, as before)
        for (String said : new String[] {"From Clinica Rio Verde", "Picture: Una bolsa de hielo",
            "Table with 2 rows. Columns: Peso, Dosis", "Dosis: none", "Dosis: blank", "End of guide."}) {
            assertTrue(t.contains(said), said + " in\n" + t);
        }
    }
}
