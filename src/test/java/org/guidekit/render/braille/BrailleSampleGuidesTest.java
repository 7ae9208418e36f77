package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.guidekit.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample guides in braille: golden BRF files (with a proof sheet that puts each line beside liblouis's reading
 * of it, for review), and every print word surviving translation and back-translation.
 */
class BrailleSampleGuidesTest {
    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "checking-blood-pressure-at-home"})
    void goldenBrfWithItsReadingBeside(String name) {
        Guide guide = MarkdownGuideReader.read(Fixtures.content(name + ".md"));
        RenderOptions options = RenderOptions.defaults();
        String brf = BrailleProof.brf(guide, options);
        Golden.assertMatches("braille", name + ".brf", brf);
        Golden.assertMatches("braille", name + ".proof.txt", proofSheet(brf, BrailleProof.readBack(guide, options,
                brf)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "checking-blood-pressure-at-home"})
    void everyWordSurvivesTranslationAndBackTranslation(String name) {
        Guide guide = MarkdownGuideReader.read(Fixtures.content(name + ".md"));
        for (int grade : new int[] {2, 1}) {
            RenderOptions options = RenderOptions.defaults();
            options = new RenderOptions(options.paper(), options.bodySize(), options.font(), options.boldFont(),
                    options.wordsPerMinute(), options.pitch(), options.sharedPronunciations(), options.zip(),
                    options.progress(), grade, 40, 25);
            String brf = BrailleProof.brf(guide, options);
            List<String> back = BrailleProof.words(String.join(" ", BrailleProof.readBack(guide, options, brf)));
            BrailleProof.Survival s = BrailleProof.survival(BrailleProof.printWords(guide, options), back);
            System.out.println("[braille round trip] " + name + ", grade " + grade + ": " + s);
            assertTrue(s.total() > 300, "too few words: " + s);
            assertEquals(List.of(), s.unexplained(), s.toString());
            assertTrue(s.rate() > 0.99, s.toString());
        }
    }

    /** Page by page, each BRF line beside its back-translation. */
    static String proofSheet(String brf, List<String> readBack) {
        StringBuilder sb = new StringBuilder();
        String[] pages = brf.split("\f");
        int line = 0;
        for (int p = 0; p < pages.length; p++) {
            sb.append("=== braille page ").append(p + 1).append(" ===\n");
            for (String l : pages[p].split("\r\n")) {
                sb.append(String.format("%-40s | %s%n", l, readBack.get(line++).strip()));
            }
        }
        return sb.toString();
    }
}
