package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class JsonReportTest {
    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028\u2705\"", JsonReport.string("a\"b\\c\nd\te\u0001f\u2028\u2705"));
    }

    @Test
    void writesGuidesFindingsAndCounts() {
        Finding f = new Finding("link-text", Severity.WARNING, "c:\\guides\\a.md", 3, "link text \"here\"", "rename");
        GuideReport r = new GuideReport("c:\\guides\\a.md", List.of(f),
                Optional.of(new ReadabilityScore(2, 10, 14, 1)), 8);
        String json = JsonReport.write(List.of(r));
        assertTrue(json.contains("\"file\": \"c:\\\\guides\\\\a.md\""), json);
        assertTrue(json.contains("{\"rule\": \"link-text\", \"severity\": \"warning\", \"file\": \"c:\\\\guides\\\\a.md\", "
                + "\"line\": 3, \"message\": \"link text \\\"here\\\"\", \"action\": \"rename\"}"), json);
        assertTrue(json.contains("\"readability\": {\"fleschKincaid\": 2.9, \"smog\": 7.2, \"sentences\": 2"), json);
        assertTrue(json.endsWith("\"counts\": {\"error\": 0, \"warning\": 1, \"info\": 0}\n}\n"), json);
    }

    @Test
    void unreadableGuideHasNullReadability() {
        GuideReport r = new GuideReport("a.md", List.of(), Optional.empty(), 8);
        assertTrue(JsonReport.write(List.of(r)).contains("\"readability\": null"));
        assertEquals("{\n  \"guides\": [],\n  \"counts\": {\"error\": 0, \"warning\": 0, \"info\": 0}\n}\n",
                JsonReport.write(List.of()));
    }
}
