package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.guidekit.check.Finding;
import org.guidekit.check.GuideReport;
import org.guidekit.check.Severity;
import org.junit.jupiter.api.Test;

/** The editor's findings: errors first, then warnings, then notes, and a count that says what blocks printing. */
class FindingsListTest {
    private static Finding f(Severity s, int line, String message) {
        return new Finding("rule", s, "guide.md", line, message, "");
    }

    @Test
    void errorsComeFirstThenWarningsThenNotesEachInTheOrderFound() {
        GuideReport report = new GuideReport("guide.md", List.of(f(Severity.INFO, 2, "note a"),
                f(Severity.WARNING, 3, "warning a"), f(Severity.ERROR, 9, "error a"), f(Severity.INFO, 10, "note b"),
                f(Severity.ERROR, 4, "error b"), f(Severity.WARNING, 1, "warning b")), Optional.empty(), 6);
        StringBuilder b = new StringBuilder();
        EditorPages.findings(b, report);
        String html = b.toString();
        List<String> order = List.of("error a", "error b", "warning a", "warning b", "note a", "note b");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(html.indexOf(order.get(i - 1)) < html.indexOf(order.get(i)), html);
        }
        assertEquals("2 errors, which keep the handout and every other edition from being made until fixed; "
                + "2 warnings and 2 notes, which do not.", EditorPages.summary(report));
    }

    @Test
    void withNoErrorTheCountSaysNothingBlocksPrinting() {
        GuideReport report = new GuideReport("guide.md", List.of(f(Severity.WARNING, 3, "w")), Optional.empty(), 6);
        assertEquals("0 errors, 1 warning and 0 notes: nothing blocks printing.", EditorPages.summary(report));
        GuideReport one = new GuideReport("guide.md", List.of(f(Severity.ERROR, 3, "e")), Optional.empty(), 6);
        assertTrue(EditorPages.summary(one).startsWith("1 error, which keeps the handout"));
    }
}
