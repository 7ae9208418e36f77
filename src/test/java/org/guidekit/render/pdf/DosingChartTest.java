package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.model.Guide;
import org.guidekit.render.RenderOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A wide dosing chart (weight bands down, six products and three more columns across, most cells "—") must read as
 * a chart at 18 to 24 pt: narrower charts that each repeat the weight column, every row naming its band (a row
 * header to a screen reader), "none" where the source has a dash, and no half-empty page. Stacked as one labelled
 * card per band it took one half-empty page per band.
 */
class DosingChartTest {
    private static final String GUIDE = "test:fever-medicine-doses";

    @ParameterizedTest
    @ValueSource(ints = {18, 20, 24})
    void theChartIsCutIntoChartsThatEachRepeatTheWeightColumn(int size) throws Exception {
        Guide guide = RenderedGuides.guide(GUIDE);
        byte[] pdf = RenderedGuides.render(guide, RenderOptions.defaults().withBodySize(size));
        try (PdfReadBack back = new PdfReadBack(pdf)) {
            String tags = back.structureDump();
            String chart = tags.substring(tags.indexOf("Doses by weight"), tags.indexOf("Heart medicines"));
            int tables = count(chart, Pattern.compile("(?m)^\\s*Table\\b"));
            assertTrue(tables >= 2, size + " pt: the chart is cut into narrower charts:\n" + chart);
            int bandHeaders = count(chart, Pattern.compile("TH[^\\n]*Row[^\\n]*\"6-11 lbs\""));
            assertEquals(tables, bandHeaders, size + " pt: every part names the band in a row header:\n" + chart);
            assertFalse(String.join("\n", back.readingOrder()).contains("\u2014"), "a dash cell is printed as none");
            assertTrue(String.join("\n", back.readingOrder()).contains(ColumnGroups.NONE));
        }
        List<Double> fill = PageFill.of(Plans.plan(guide, RenderOptions.defaults().withBodySize(size)));
        for (int i = 0; i < fill.size() - 1; i++) {
            assertTrue(fill.get(i) >= 0.5, size + " pt: page " + (i + 1) + " is under half full: " + fill);
        }
    }

    private static int count(String text, Pattern p) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
