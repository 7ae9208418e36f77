package org.guidekit.render.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.guidekit.testing.Browser;
import org.guidekit.testing.SampleEditions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The read-along pages in a real Chromium: axe-core finds no WCAG 2.2 A/AA violation (nor best-practice one) in
 * light and dark, on a desktop and a phone width, while a sentence is highlighted; the player can be used with
 * the keyboard alone; the captions load. One browser for the whole class.
 */
@Order(1) // slow: starts first (junit-platform.properties)
class ReadAlongPageInBrowserTest {
    private static Browser browser;

    @BeforeAll
    static void start() {
        SampleEditions.out();
        browser = Browser.serving(SampleEditions.out(), true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String page(String name) {
        return name + "/index.html";
    }

    @Test
    void everyPageHasNoAxeViolationsInLightAndDarkOnDesktopAndPhone() {
        List<String> pages = new java.util.ArrayList<>(SampleEditions.SPOKEN);
        pages.add(SampleEditions.SPANISH);
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (Dimension size : List.of(new Dimension(1280, 1000), new Dimension(390, 844))) {
                browser.driver().manage().window().setSize(size);
                for (String name : pages) {
                    browser.open(page(name));
                    assertEquals(List.of(), browser.axeViolations(), name + " " + scheme + " " + size);
                    // Reflow (WCAG 1.4.10): nothing scrolls sideways.
                    assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= "
                            + "window.innerWidth;"), name + " scrolls sideways at " + size);
                }
            }
        }
        browser.colorScheme("light");
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void theHighlightedSentenceAndTheCaptionsPassToo() {
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            browser.open(page("checking-blood-pressure-at-home"));
            browser.driver().findElement(By.id("next-sentence")).click();
            waitFor("return document.querySelector('.reading') !== null;");
            assertEquals(List.of(), browser.axeViolations(), "with a highlighted sentence, " + scheme);
        }
        browser.colorScheme("light");
        waitFor("const t = document.getElementById('player').textTracks[0]; t.mode = 'hidden';"
                + "return t.cues !== null && t.cues.length > 30;");
    }

    @Test
    void thePlayerWorksWithTheKeyboardAlone() {
        browser.open(page("back-muscle-spasms"));
        // The first Tab reaches the skip link.
        press(Keys.TAB);
        assertEquals("skip", active().getAttribute("class"));
        tabTo("play");
        press(Keys.ENTER);
        waitFor("const a = document.getElementById('player'); return !a.paused && a.currentTime > 0.2;");
        assertEquals("Pause", active().getText());
        waitFor("return document.querySelector('.reading') !== null;");
        press(Keys.SPACE);
        waitFor("return document.getElementById('player').paused;");
        assertEquals("Play", active().getText());

        tabTo("next-sentence");
        String before = readingId();
        press(Keys.ENTER);
        waitFor("return document.querySelector('.reading') && document.querySelector('.reading').id !== '"
                + before + "';");
        String after = readingId();
        assertTrue(after.matches("[a-z0-9-]+_\\d+"), after);
        double begin = Double.parseDouble(browser.driver().findElement(By.id(after)).getAttribute("data-begin"));
        double now = ((Number) browser.js("return document.getElementById('player').currentTime;")).doubleValue();
        assertEquals(begin, now, 0.05, "the player is at the highlighted sentence");

        tabTo("chapter");
        press(Keys.ARROW_DOWN);
        waitFor("return document.querySelector('.reading') && document.querySelector('.reading').id === "
                + "'what-causes-back-spasms_1';");

        tabTo("next-section");
        press(Keys.ENTER);
        waitFor("return document.querySelector('.reading').id === 'step-1-use-cold-then-heat_1';");
        assertEquals("Step 1: Use cold, then heat", new org.openqa.selenium.support.ui.Select(
                browser.driver().findElement(By.id("chapter"))).getFirstSelectedOption().getText());
        // The focused control shows where focus is.
        assertFalse("none".equals(active().getCssValue("outline-style")), "focus is visible");
    }

    /** A key press sent to whatever has focus, as a keyboard would. */
    private static void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(key).perform();
    }

    private static WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private static String readingId() {
        Object id = browser.js("const r = document.querySelector('.reading'); return r ? r.id : '';");
        return String.valueOf(id);
    }

    private static void tabTo(String id) {
        for (int i = 0; i < 40; i++) {
            if (id.equals(active().getAttribute("id"))) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static void waitFor(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.js(script)));
    }
}
