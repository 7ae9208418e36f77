package org.guidekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.render.Paper;
import org.guidekit.render.RenderOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No page but the last is less than half full, for every sample and test guide at 18 and 24 pt, Letter and A4. */
class PageFillTest {
    @ParameterizedTest
    @CsvSource({"18, LETTER", "18, A4", "24, LETTER", "24, A4"})
    void noPageButTheLastIsUnderHalfFull(int size, Paper paper) {
        for (String name : KeepInformationTogetherTest.guides()) {
            Guide guide = RenderedGuides.guide(name);
            Plan plan = Plans.plan(guide, RenderOptions.defaults().withBodySize(size).withPaper(paper));
            List<Double> fill = PageFill.of(plan);
            for (int i = 0; i < fill.size() - 1; i++) {
                assertTrue(fill.get(i) >= 0.5, name + " at " + size + " pt on " + paper + ": page " + (i + 1)
                        + " is " + Math.round(fill.get(i) * 100) + " % full; all pages: " + fill);
            }
        }
    }
}
