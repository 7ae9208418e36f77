package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The all-caps rule flags shouting (runs of capital words) and nothing else, in any language. */
class CapitalsRuleTest {
    @TempDir
    Path dir;

    private List<String> quoted(String frontMatter, String body) {
        return Checked.rule(dir, CapitalsRule.ID, frontMatter, body).stream()
                .map(f -> f.message().replace(" is written in capitals", "")).toList();
    }

    @Test
    void runsOfCapitalWordsAreShouting() {
        assertEquals(List.of("\"STOP TAKING\"", "\"DO NOT\""),
                quoted("", "STOP TAKING the medicine and get help.\n\n**DO NOT** give it to a child.\n"));
    }

    @Test
    void initialismsAreNotShouting() {
        assertEquals(List.of(), quoted("", "Do not take it with any other NSAID painkiller. Ask your NHS GP about "
                + "an MRI, a CT scan or an HIV test; NSAIDs can upset the stomach.\n"));
    }

    @Test
    void theLettersOfAPhoneNumberAreNotShouting() {
        assertEquals(List.of(), quoted("language: es-US\n", "Llame al 1-855-DÉJELO-YA (1-855-335-3569) o al "
                + "1-800-QUIT-NOW (1-800-784-8669), y lea sobre el COVID-19.\n"));
    }

    @Test
    void capitalWordsInATableAreJudgedAlikeWhateverTheirLength() {
        String table = "Colours:\n\n| Strength | Colour |\n|---|---|\n| 0.5mg | WHITE |\n| 1mg | BROWN |\n"
                + "| 3mg | BLUE |\n| 5mg | PINK |\n| 10mg | RED |\n";
        assertEquals(List.of(), quoted("", table));
        String shouted = "Colours:\n\n| Strength | Colour |\n|---|---|\n| 0.5mg | PALE WHITE |\n"
                + "| 3mg | DARK BLUE |\n";
        assertEquals(List.of("\"PALE WHITE\"", "\"DARK BLUE\""), quoted("", shouted));
    }

    @Test
    void accentedCapitalsStayWholeAndOneLetterWordsDoNotBreakARun() {
        assertEquals(List.of("\"POR QUÉ LLAMAR A LA LÍNEA DE AYUDA\"", "\"COMPOSICIÓN CUALITATIVA Y CUANTITATIVA\""),
                quoted("language: es-US\n", "## ¿POR QUÉ LLAMAR A LA LÍNEA DE AYUDA?\n\nTexto.\n\n"
                        + "## 2. COMPOSICIÓN CUALITATIVA Y CUANTITATIVA\n\nTexto.\n"));
    }

    @Test
    void decomposedAccentsStayWholeToo() {
        String nfd = java.text.Normalizer.normalize("¿POR QUÉ LLAMAR?", java.text.Normalizer.Form.NFD);
        assertEquals(List.of("\"" + nfd.substring(1, nfd.length() - 1) + "\""), quoted("language: es-US\n",
                nfd + "\n"));
    }

    @Test
    void aLongRunIsOneFindingQuotedShort() {
        assertEquals(List.of("\"NO ADMINISTRE LA CANTIDAD MOSTRADA EN ESTA GRAFICA …\""), quoted("language: es-US\n",
                "NO ADMINISTRE LA CANTIDAD MOSTRADA EN ESTA GRAFICA SI USTED ESTA UTILIZANDO EL ACETAMINOFEN "
                        + "INFANTIL EN GOTAS.\n"));
    }

    @Test
    void aRunStopsAtTheEndOfASentence() {
        assertEquals(List.of("\"CALL US\"", "\"DO NOT DRIVE\""), quoted("", "DO NOT DRIVE. CALL US today.\n").stream().sorted().toList());
        assertEquals(List.of(), quoted("", "Read it. NOW you know.\n"));
    }
}
