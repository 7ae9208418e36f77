package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone number and a number with its unit stay on one braille line, as they do in print ("(555) / 014-2368" and
 * "8 / oz." were split): the same sentence is written after ever longer lead-ins, so that the piece falls at every
 * position of the 40-cell line, and no line of the BRF may end inside it.
 */
class KeepInformationOnOneBrailleLineTest {
    /** "(555)" and "8" in UEB grade 2, as the BRF writes them (upper-case ASCII braille). */
    private static final String PHONE_START = "\"<#EEE\">";
    private static final String NUMBER_EIGHT = "#H";

    @TempDir
    Path dir;

    @Test
    void aPhoneNumberAndANumberWithItsUnitAreNeverSplitOverLines() {
        StringBuilder body = new StringBuilder();
        for (int lead = 0; lead < 40; lead++) {
            body.append("x".repeat(lead % 9 + 1)).append(" ").append("a ".repeat(lead / 9))
                    .append("Drink 8 oz. of water and call (555) 014-2368 today.\n\n");
        }
        Guide guide = MarkdownGuideReader.read(Fixtures.guide(dir, "keep.md", body.toString()));
        List<String> lines = Arrays.asList(BrailleProof.brf(guide, RenderOptions.defaults()).replace("\f", "")
                .split("\r\n"));
        List<String> split = new ArrayList<>();
        int phones = 0;
        for (String line : lines) {
            String end = line.stripTrailing();
            phones += line.contains(PHONE_START + " #JAD-#BCFH") ? 1 : 0;
            if (end.endsWith(PHONE_START) || end.endsWith(" " + NUMBER_EIGHT)) {
                split.add(line);
            }
        }
        assertEquals(List.of(), split, "lines that end inside a piece of information:\n" + String.join("\n", lines));
        assertTrue(phones >= 30, "the phone number is written whole on one line each time: " + phones);
    }
}
