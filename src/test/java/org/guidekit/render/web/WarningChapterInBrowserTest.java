package org.guidekit.render.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.library.Renderers;
import org.guidekit.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The read-along page of a guide with a warning between two paragraphs, in Chromium: while the warning is read the
 * section list names the warning; while the text after it is read it names the section again (no "(continued)"
 * entry), and "next section" from there goes to the next section, not back to the warning.
 */
class WarningChapterInBrowserTest {
    @TempDir
    static Path out;
    private static Browser browser;
    private static String name;

    @BeforeAll
    static void render() throws Exception {
        Guide guide = MarkdownGuideReader.read(Path.of("src/test/resources/guides/minor-burn-warning.md"));
        name = guide.name();
        try (Renderers renderers = Renderers.open()) {
            for (String format : List.of("audio", "web")) {
                renderers.byFormat(format).orElseThrow().render(guide, RenderOptions.defaults(), out.resolve(name));
            }
        }
        browser = Browser.serving(out, true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Clicks the sentence starting with {@code text} (the page then plays from it) and waits for its highlight. */
    private static void listenFrom(String text) {
        String id = String.valueOf(browser.js("const all = Array.from(document.querySelectorAll('[data-begin]'));"
                + "const el = all.find(e => e.textContent.replace(/\\s+/g, ' ').trim().startsWith(arguments[0]));"
                + "if (!el) { return 'none of: ' + all.map(e => e.textContent.trim()).join(' | '); }"
                + "el.click(); return el.id;", text));
        assertFalse(id.startsWith("none of"), id);
        waitFor("const r = document.querySelector('.reading'); return r !== null && r.id === '" + id + "';");
    }

    private static String sectionShown() {
        return new Select(browser.driver().findElement(By.id("chapter"))).getFirstSelectedOption().getText();
    }

    private static void waitFor(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.js(script)));
    }

    @Test
    void theTextAfterTheWarningShowsItsSection() {
        browser.open(name + "/index.html");
        List<String> options = new Select(browser.driver().findElement(By.id("chapter"))).getOptions().stream()
                .map(o -> o.getText()).toList();
        assertEquals(List.of("Caring for a Minor Burn", "Cool the burn", "Warning: Emergency", "Cover the burn"),
                options);
        listenFrom("Call 911");
        assertEquals("Warning: Emergency", sectionShown());
        listenFrom("Do not put ice");
        assertEquals("Cool the burn", sectionShown(), "after the warning the text is the section's");
        browser.js("document.getElementById('next-section').click();");
        waitFor("const r = document.querySelector('.reading'); return r !== null && r.id === 'cover-the-burn_1';");
        assertEquals("Cover the burn", sectionShown());
        assertFalse(options.stream().anyMatch(o -> o.contains("continued")));
    }
}
