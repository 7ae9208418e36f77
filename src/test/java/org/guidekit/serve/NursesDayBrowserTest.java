package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.guidekit.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A nurse's whole day in the workspace, in one real Chromium and without the terminal, in a brand-new content
 * folder: start a guide, write it, fix what the check finds, add a picture with its description, hear a sentence,
 * leave it for review (the list says "not reviewed"), a clinician signs it off, build the library, and open every
 * edition of the guide from the build page as a patient would get it. axe-core on every page on the way.
 */
@Order(1) // slow: starts first (junit-platform.properties)
class NursesDayBrowserTest {
    private static final String TEXT = "Your wound needs a few days to start healing. This guide says how to keep it "
            + "clean.\n\n## Keep it clean and dry\n\n1. Wash your hands for 20 seconds.\n2. Keep the dressing dry "
            + "for 48 hours.\n3. Then shower, and pat the wound dry.\n\n> [!WARNING] When to call us\n> Call us if "
            + "the wound gets red, hot or swollen, or if you have a fever over 100.4 °F.\n\n## Learn more\n\n"
            + "Buy wound cream at [this shop](https://cheap-creams.example.com/).\n";

    @TempDir
    static Path dir;
    static WorkspaceFixture fx;
    static Browser chromium;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        chromium = Browser.serving(dir, true); // skips, saying why, when Chromium is missing
        browser = chromium.driver();
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/guidekit.yaml"), "organization: Riverbend Family Clinic\n");
        fx = new WorkspaceFixture(dir, false);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void aNursesDayFromANewGuideToEveryEdition() throws IOException {
        // start a guide
        open("/new");
        assertNoViolations("new guide page");
        WebElement title = browser.findElement(By.id("title"));
        title.sendKeys("Caring for your wound at home", Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().contains("/guide?file=caring-for-your-wound-at-home.md"));
        waitFor(() -> browser.findElement(By.id("summary")).getText().startsWith("0 errors"));

        // write it: the check finds the shop
        js("var e = document.getElementById('editor'); var v = e.value; "
                + "e.value = v.substring(0, v.indexOf('---', 4) + 4) + arguments[0];", TEXT);
        save();
        assertFalse(browser.findElement(By.id("summary")).getText().startsWith("0 errors"),
                browser.findElement(By.id("summary")).getText());
        assertTrue(browser.findElement(By.cssSelector("#findings li.error")).getText().contains("cheap-creams"));
        assertNoViolations("guide with a finding");

        // fix it: a site the clinic approved
        js("var e = document.getElementById('editor'); e.value = e.value.replace("
                + "'Buy wound cream at [this shop](https://cheap-creams.example.com/).', "
                + "'Read more at [MedlinePlus](https://medlineplus.gov/).');");
        save();
        assertTrue(browser.findElement(By.id("summary")).getText().startsWith("0 errors"),
                browser.findElement(By.id("summary")).getText());

        // add a picture with its description, and its line where the cursor is
        Path png = dir.resolve("clean dressing.png");
        Files.write(png, WorkspaceFilesTest.png(80, 60));
        browser.findElement(By.id("picture")).sendKeys(png.toString());
        browser.findElement(By.id("alt")).sendKeys("A clean dressing over a small wound", Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("message")).getText().startsWith("The picture is saved as "));
        js("var e = document.getElementById('editor'); var i = e.value.indexOf('## Learn more'); e.focus(); "
                + "e.setSelectionRange(i, i);");
        browser.findElement(By.id("insert-picture")).sendKeys(Keys.ENTER);
        save();
        assertTrue(Files.readString(fx.content.resolve("caring-for-your-wound-at-home.md"))
                .contains("![A clean dressing over a small wound](images/clean-dressing.png)"));
        assertTrue(browser.findElement(By.id("summary")).getText().startsWith("0 errors"));

        // hear a sentence as the audio edition will say it
        js("var e = document.getElementById('editor'); var i = e.value.indexOf('Keep the dressing dry'); e.focus(); "
                + "e.setSelectionRange(i, i + 'Keep the dressing dry for 48 hours.'.length);");
        browser.findElement(By.id("speak")).click();
        waitFor(() -> (Boolean) js("var a = document.getElementById('speech'); return !a.hidden "
                + "&& a.src.startsWith('blob:') && a.duration > 1"));

        // leave it for review: the list tells a clinician it is waiting
        open("/");
        assertTrue(browser.findElement(By.id("main")).getText().contains("not reviewed"));
        assertNoViolations("guide list");

        // a clinician signs it off
        open("/guide?file=caring-for-your-wound-at-home.md");
        browser.findElement(By.id("reviewer")).sendKeys("Dr. Ana Ruiz", Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("message")).getText().startsWith("Marked as reviewed today by "
                + "Dr. Ana Ruiz"));

        // build the library
        open("/build");
        browser.findElement(By.id("build")).sendKeys(Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("message")).getText().equals("The build has finished: every guide "
                + "is built."), Duration.ofMinutes(5));
        waitFor(() -> !browser.findElements(By.cssSelector("#editions-caring-for-your-wound-at-home ~ ul a"))
                .isEmpty(), Duration.ofSeconds(30));
        assertNoViolations("build page with the editions");

        // open every edition, as a patient gets it
        Map<String, String> editions = new TreeMap<>();
        for (WebElement a : browser.findElements(By.cssSelector("#editions-caring-for-your-wound-at-home ~ ul a"))) {
            editions.put(a.getText().replaceAll("(?s)\\s*for Caring.*", ""), a.getAttribute("href"));
        }
        assertEquals(List.of("Audio (MP3)", "Braille (BRF)", "Braille for embossers (PEF)",
                "DAISY talking book (open ncc.html)", "E-book (EPUB)", "Large-print handout (PDF)",
                "Read and listen (web page)", "Transcript of the audio (text)"), new ArrayList<>(editions.keySet()));
        for (Map.Entry<String, String> e : editions.entrySet()) {
            String got = (String) ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[1];"
                    + "fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function (b) {"
                    + "  done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + b.byteLength); }); })"
                    + ".catch(function (x) { done('failed ' + x); });", e.getValue());
            assertTrue(got.startsWith("200 ") && !got.contains("octet-stream") && !got.endsWith(" 0"),
                    e.getKey() + ": " + got);
        }
        browser.get(editions.get("Read and listen (web page)"));
        waitFor(() -> "complete".equals(js("return document.readyState")));
        assertTrue(((String) js("return getComputedStyle(document.body).fontFamily")).startsWith(
                "\"Atkinson Hyperlegible\""));
        waitFor(() -> (Boolean) js("var a = document.getElementById('player'); return a.readyState >= 1 "
                + "&& a.duration > 5"));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("Reviewed "));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("by Dr. Ana Ruiz"));
        assertNoViolations("read-along page");
        browser.get(editions.get("DAISY talking book (open ncc.html)"));
        waitFor(() -> "complete".equals(js("return document.readyState")));
        assertEquals("Caring for your wound at home", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElement(By.tagName("body")).getText().isBlank());
    }

    private static void save() {
        browser.findElement(By.cssSelector("form.edit button[type=submit]")).sendKeys(Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("message")).getText().startsWith("Saved."));
    }

    private static void open(String path) {
        browser.get("http://127.0.0.1:" + fx.workspace.port() + path);
        waitFor(() -> "complete".equals(js("return document.readyState")));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void waitFor(java.util.function.Supplier<Boolean> condition) {
        waitFor(condition, Duration.ofSeconds(60));
    }

    private static void waitFor(java.util.function.Supplier<Boolean> condition, Duration timeout) {
        new WebDriverWait(browser, timeout).ignoring(RuntimeException.class).until(d -> condition.get());
    }

    private static void assertNoViolations(String page) {
        assertEquals(List.of(), chromium.axeViolations(), page + " has accessibility violations");
    }
}
