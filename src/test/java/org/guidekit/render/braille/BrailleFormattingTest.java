package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each BANA format and UEB rule the braille edition applies, on a guide with every kind of block. */
class BrailleFormattingTest {
    static final String EVERYTHING = """
            ---
            title: Every Block
            language: en-US
            allowed-links: [www.example.org, example.org]
            ---
            This guide has *every* kind of block. Read more at
            [the clinic's page](https://www.example.org/patients/handouts/back-care/index.html)
            or write to [help@example.org](mailto:help@example.org).\\
            This line follows a hard line break.

            ## Lists

            - First point with **strong** words.
            - Second point:
              1. Nested step one.
              2. Nested step two.

            ### Numbered steps

            3. Third step keeps its number.
            4. Fourth step.

            ## Boxes, pictures and tables

            > [!WARNING] When to call
            > Call 911 if the pain is very bad.

            ![A person stretching](images/stretch.png)

            | Time | Dose |
            |---|---|
            | Morning | 10 mg |
            | Night | 5 mg |
            """;

    @TempDir
    Path dir;

    private List<String> lines() {
        Fixtures.png(dir, "images/stretch.png");
        Guide guide = MarkdownGuideReader.read(Fixtures.write(dir, "everything.md", EVERYTHING));
        String brf = BrailleProof.brf(guide, RenderOptions.defaults());
        return Arrays.asList(brf.replace("\f", "").split("\r\n"));
    }

    private static String lineStarting(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with \"" + start + "\" in\n"
                        + String.join("\n", lines)));
    }

    private static String all(List<String> lines) {
        return String.join("\n", lines);
    }

    @Test
    void addressesAreUncontractedAfterTheGrade1WordIndicatorAndDividedWithTheContinuationIndicator() {
        List<String> lines = lines();
        String text = all(lines);
        int at = lines.indexOf(lines.stream().filter(l -> l.contains(";;HTTPS3")).findFirst().orElseThrow());
        assertTrue(lines.get(at).endsWith("\""), "a long address ends its line with dot 5: " + lines.get(at));
        String joined = text.replace("\"\n", "");
        assertTrue(joined.contains(";;HTTPS3_/_/WWW4EXAMPLE4ORG_/PATIENTS_/HANDOUTS_/BACK-CARE_/INDEX4HTML"),
                "uncontracted (not PATI5TS, H&OUTS): " + text);
        assertTrue(text.contains(";;HELP@AEXAMPLE4ORG"), text);
    }

    @Test
    void emphasisUsesUebTypeformIndicators() {
        String text = all(lines());
        assertTrue(text.contains("HAS .1E K9D"), "italic word indicator before \"every\": " + text);
        assertTrue(text.contains("^1/R;G ^WS4"), "bold word indicator before \"strong\": " + text);
    }

    @Test
    void aHardLineBreakStartsARunoverLine() {
        List<String> lines = lines();
        lineStarting(lines, ",? L9E FOLL[S A H>D L9E BR1K4");
    }

    @Test
    void listsAre1To3NestedLists3To5AndNumberedStepsKeepTheirNumbers() {
        List<String> lines = lines();
        lineStarting(lines, "_4 ,F/ PO9T ) ^1/R;G ^WS4");
        lineStarting(lines, "  #A4 ,NE/$ /EP \"O4");
        lineStarting(lines, "#C4 ,?IRD /EP KEEPS XS NUMB]4");
        String heading = lineStarting(lines, "    ,NUMB]$ /EPS"); // a subheading at cell 5
        assertEquals("    ,NUMB]$ /EPS", heading);
    }

    @Test
    void aCalloutIsBoxedWithItsLabelAndAPictureIsATranscribersNote() {
        List<String> lines = lines();
        int top = lines.indexOf("7".repeat(40));
        assertTrue(top >= 0, all(lines));
        assertTrue(lines.get(top + 1).strip().startsWith(",W>N+3 ,:5 TO CALL"), lines.get(top + 1));
        assertTrue(lines.get(top + 1).startsWith("   "), "centred: " + lines.get(top + 1));
        assertEquals("G".repeat(40), lines.get(top + 3));
        lineStarting(lines, "      @.<,PICTURE3 ,A P]SON /RET*+@.>");
    }

    @Test
    void aTableThatFitsIsInColumnsUnderASeparationLine() {
        List<String> lines = lines();
        // "Time" is the initial-letter contraction; the line may end with the print page number, at the top of a page
        int heading = -1;
        for (int i = 0; i < lines.size() && heading < 0; i++) {
            heading = lines.get(i).matches(",\"T     ,DOSE( {3,}A?#[A-J]+)?") ? i : -1;
        }
        assertTrue(heading >= 0, all(lines));
        assertEquals("333     33333", lines.get(heading + 1));
        assertEquals(",MORN+  #AJ MG", lines.get(heading + 2));
        assertEquals(",NI<T   #E MG", lines.get(heading + 3));
    }
}
