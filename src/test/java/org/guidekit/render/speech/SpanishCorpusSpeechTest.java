package org.guidekit.render.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Spanish leaflets of the corpus ({@code corpus/es}): every sentence of their speech script, which is every
 * element's text through the Spanish normaliser, leaves no digit, unit abbreviation or symbol for the voice to guess.
 */
class SpanishCorpusSpeechTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus/es");
    /** A digit, or a symbol a voice reads by its own rules or skips. */
    private static final Pattern UNSPOKEN = Pattern.compile("[\\d%°º/&+=<>#@*_½¼¾⅓⅔µ·•]");
    /** Any unit of the table, as a whole word. */
    private static final Pattern UNIT = Pattern.compile("(?<![\\p{L}\\d])(?:" + SpanishTables.UNIT_ALTERNATION
            + ")(?![\\p{L}\\d])");

    @TestFactory
    Stream<DynamicTest> everySpanishLeafletIsSaidInWords() throws IOException {
        List<Path> guides;
        try (Stream<Path> files = Files.list(CORPUS)) {
            guides = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(guides.isEmpty(), "no Spanish guides under " + CORPUS);
        return guides.stream().map(g -> DynamicTest.dynamicTest(g.getFileName().toString(), () -> {
            Guide guide = MarkdownGuideReader.read(g);
            assertEquals("es", java.util.Locale.forLanguageTag(guide.metadata().language()).getLanguage());
            List<String> left = unspoken(sentences(new SpeechScriptBuilder().build(guide, Map.of())));
            assertEquals(List.of(), left, "printed marks left in what is said");
        }));
    }

    @Test
    void whatIsLeftUnspokenIsFound() {
        assertEquals(List.of("\"1\" in: Tome 1 mg.", "\"mg\" in: Tome 1 mg.", "\"%\" in: cinco %", "\"%\" in: cinco %",
                "\"mL\" in: en mL"), unspoken(List.of("Tome 1 mg.", "cinco %", "en mL", "Tome un miligramo.")));
    }

    /** Every sentence of the script, in order. */
    private static List<String> sentences(SpeechScript script) {
        List<String> all = new ArrayList<>();
        for (SpeechSection section : script.sections()) {
            for (Utterance u : section.utterances()) {
                u.sentences().forEach(s -> all.add(s.text()));
            }
        }
        return all;
    }

    /** Each sentence that still has a digit, symbol or unit abbreviation, with what was found. */
    static List<String> unspoken(List<String> sentences) {
        List<String> left = new ArrayList<>();
        for (String s : sentences) {
            for (Pattern p : List.of(UNSPOKEN, UNIT)) {
                Matcher m = p.matcher(s);
                if (m.find()) {
                    left.add("\"" + m.group() + "\" in: " + s);
                }
            }
        }
        return left;
    }
}
