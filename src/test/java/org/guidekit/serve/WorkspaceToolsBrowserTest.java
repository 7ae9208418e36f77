package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.guidekit.importer.ClinicLeaflets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace's file tools and toolbar in a real Chromium, from the keyboard only: the building-block toolbar
 * (one tab stop, arrow keys, each insertion announced), adding a picture with its alt text and inserting its line,
 * importing a Word leaflet, renaming and deleting a guide (with its confirmation step), and the listen page's section
 * lengths. Every page is scanned by axe-core (WCAG 2.0-2.2 A and AA and best practice) with zero violations.
 */
@Order(1) // slow: starts first (junit-platform.properties)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceToolsBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String GUIDE = "back-muscle-spasms.md";

    @TempDir
    static Path dir;
    static WorkspaceFixture fx;
    static WebDriver browser;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
                : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER.toString() : null;
        if (missing != null) {
            String why = missing + " is not installed (Debian packages chromium and chromium-driver; .ci/run installs "
                    + "them): the workspace's browser and accessibility tests are skipped";
            System.out.println("SKIPPED WorkspaceToolsBrowserTest: " + why);
            Assumptions.assumeTrue(false, why);
        }
        try (InputStream in = WorkspaceToolsBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        fx = new WorkspaceFixture(dir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--mute-audio",
                "--autoplay-policy=no-user-gesture-required", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    @Order(1)
    void theToolbarIsOneTabStopWithArrowKeysAndEachInsertionIsAnnounced() {
        open("/guide?file=" + GUIDE);
        cursorAtEndOfEditor();
        keys(BACK_TAB); // from the editor back to the toolbar: one stop
        assertEquals("Heading", focused().getText());
        WebElement toolbar = browser.findElement(By.cssSelector("[role=toolbar]"));
        assertEquals("Insert a building block", toolbar.getAttribute("aria-label"));
        keys(Keys.ARROW_RIGHT);
        assertEquals("Numbered list", focused().getText());
        assertEquals(List.of("-1", "0", "-1", "-1", "-1", "-1"), tabIndexes());
        keys(Keys.END);
        assertEquals("Link", focused().getText());
        keys(Keys.ARROW_RIGHT); // wraps round
        assertEquals("Heading", focused().getText());
        keys(Keys.ARROW_LEFT);
        assertEquals("Link", focused().getText());
        keys(Keys.HOME);
        assertEquals("Heading", focused().getText());
        keys(Keys.TAB); // one tab leaves the toolbar for the editor
        assertEquals("editor", focused().getAttribute("id"));

        String before = (String) js("return document.getElementById('editor').value");
        String[][] blocks = {{"Heading", "a heading", "## Heading of the section"},
            {"Numbered list", "a numbered list", "1. First step\n2. Next step"},
            {"Warning box", "a warning box", "> [!WARNING]\n> Call 911"},
            {"Table", "a table", "| When | What to do |\n| --- | --- |"},
            {"Picture", "a picture", "![Describe what the picture shows](images/picture-name.png)"},
            {"Link", "a link", "[words patients click](https://www.example.org/page)"}};
        for (int i = 0; i < blocks.length; i++) {
            cursorAtEndOfEditor();
            keys(BACK_TAB);
            assertEquals(blocks[0][0], focused().getText(), "the toolbar's tab stop is the first button after a reload");
            for (int j = 0; j < i; j++) {
                keys(Keys.ARROW_RIGHT);
            }
            assertEquals(blocks[i][0], focused().getText());
            keys(Keys.ENTER);
            String value = (String) js("return document.getElementById('editor').value");
            assertTrue(value.substring(before.length()).contains(blocks[i][2]), blocks[i][0] + ":\n" + value);
            WebElement message = browser.findElement(By.id("message"));
            assertEquals("status", message.getAttribute("role"));
            assertEquals("Inserted " + blocks[i][1] + " at the cursor in the editor; replace the example words.",
                    message.getText());
            open("/guide?file=" + GUIDE); // each block from a fresh page, so the first button is the tab stop
        }
        assertNoViolations("guide editor with the toolbar");

        // the blocks the toolbar writes are ones the reader takes: heading, list, warning box and table in a row,
        // the toolbar keeping its tab stop on the button last used, then Tab to the editor and on to "Save and check"
        cursorAtEndOfEditor();
        keys(BACK_TAB, Keys.ENTER);
        for (int i = 1; i < 4; i++) {
            keys(Keys.TAB);
            assertEquals("editor", focused().getAttribute("id"));
            keys(BACK_TAB);
            assertEquals(blocks[i - 1][0], focused().getText());
            keys(Keys.ARROW_RIGHT, Keys.ENTER);
        }
        keys(Keys.TAB, Keys.TAB);
        assertEquals("Save and check", focused().getText());
        keys(Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("message")).getText().startsWith("Saved."));
        String summary = browser.findElement(By.id("summary")).getText();
        assertTrue(summary.startsWith("0 errors"), summary + "\n" + browser.findElement(By.id("main")).getText());
    }

    @Test
    @Order(2)
    void aPictureIsAddedWithItsAltTextAndItsLineInsertedFromTheKeyboard() throws IOException {
        Path png = dir.resolve("Heat pack.png");
        Files.write(png, WorkspaceFilesTest.png(60, 40));
        open("/guide?file=" + GUIDE);
        browser.findElement(By.id("picture")).sendKeys(png.toString()); // the file chooser is the system's own
        WebElement alt = browser.findElement(By.id("alt"));
        alt.sendKeys("A heat pack on the lower back");
        alt.sendKeys(Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("message")).getText().startsWith("The picture is saved as "
                + "images/heat-pack.png."));
        assertTrue(Files.isRegularFile(fx.content.resolve("images/heat-pack.png")));
        String line = "![A heat pack on the lower back](images/heat-pack.png)";
        assertEquals(line, browser.findElement(By.id("picture-markdown")).getAttribute("value"));
        assertNoViolations("guide editor with a new picture");
        cursorAtEndOfEditor();
        keys(BACK_TAB, BACK_TAB); // past the toolbar
        assertEquals("insert-picture", focused().getAttribute("id"));
        keys(Keys.ENTER);
        assertTrue(((String) js("return document.getElementById('editor').value")).endsWith("\n\n" + line + "\n"));
        assertEquals("Inserted the picture's line at the cursor; save to see it in the handout.",
                browser.findElement(By.id("message")).getText());
        // the toolbar's Picture, next in the tab order, now inserts that picture's line rather than an example
        keys(Keys.TAB);
        assertEquals("Heading", focused().getText());
        keys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ENTER);
        assertTrue(((String) js("return document.getElementById('editor').value")).endsWith("\n\n" + line + "\n\n"
                + line + "\n"));
        assertEquals("Inserted the new picture's line at the cursor in the editor.",
                browser.findElement(By.id("message")).getText());
        browser.findElement(By.cssSelector("form.edit button[type=submit]")).sendKeys(Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("message")).getText().startsWith("Saved."));
        assertTrue(Files.readString(fx.content.resolve(GUIDE)).contains(line));

        // the same picture again: said, nothing replaced, and no path of this computer on the page
        open("/guide?file=" + GUIDE);
        browser.findElement(By.id("picture")).sendKeys(png.toString());
        browser.findElement(By.id("alt")).sendKeys("Again", Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("message")).getText().startsWith("Picture not added: A picture "
                + "named heat-pack.png is already in the pictures folder"));
        assertEquals("alert", browser.findElement(By.id("message")).getAttribute("role"));
        assertFalse(browser.findElement(By.id("main")).getText().contains(dir.toString()));
        assertNoViolations("guide editor with a refused picture");
    }

    @Test
    @Order(3)
    void aWordLeafletIsImportedAndOpensWithWhatWasLeftOut() {
        Path docx = ClinicLeaflets.write("wound-care", dir.resolve("wound-care.docx"));
        open("/new");
        assertNoViolations("new guide page with import");
        browser.findElement(By.id("document")).sendKeys(docx.toString());
        browser.findElement(By.id("import")).sendKeys(Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().contains("/guide?file="), Duration.ofSeconds(60));
        String message = browser.findElement(By.id("message")).getText();
        assertTrue(message.startsWith("Imported wound-care.docx as "), message);
        assertTrue(message.contains("What the import left out or changed, and why"), message);
        assertFalse(message.contains(dir.toString()) || message.contains("/tmp/"), message);
        assertNoViolations("imported guide");
    }

    @Test
    @Order(4)
    void aGuideIsRenamedThenDeletedAfterConfirmingFromTheKeyboard() {
        open("/guide?file=checking-blood-pressure-at-home.md");
        WebElement name = browser.findElement(By.id("new-name"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "blood-pressure.md", Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("message")).getText().startsWith("Renamed to blood-pressure.md."));
        assertTrue(Files.isRegularFile(fx.content.resolve("blood-pressure.md")));
        assertNoViolations("renamed guide");
        browser.findElement(By.id("delete")).sendKeys(Keys.ENTER);
        waitFor(() -> browser.getTitle().startsWith("Delete blood-pressure.md?"));
        assertTrue(Files.isRegularFile(fx.content.resolve("blood-pressure.md")), "asking is not deleting");
        assertNoViolations("delete confirmation");
        browser.findElement(By.id("confirm-delete")).sendKeys(Keys.ENTER);
        waitFor(() -> browser.findElement(By.id("message")).getText().startsWith("Deleted "));
        assertFalse(Files.exists(fx.content.resolve("blood-pressure.md")));
        assertFalse(browser.findElement(By.id("main")).getText().contains("blood-pressure.md"));
        assertNoViolations("guide list after a delete");
    }

    @Test
    @Order(5)
    void aSectionsLengthIsAnEstimateUntilItsSoundLoadsAndThenAnnounced() {
        open("/listen?file=" + GUIDE);
        String estimate = browser.findElement(By.id("length-1")).getText();
        assertTrue(estimate.matches("Length: about .+ \\(estimated from its \\d+ words\\)"), estimate);
        assertNoViolations("listen page with lengths");
        WebElement player = browser.findElements(By.tagName("audio")).get(1);
        new Actions(browser).moveToElement(player).perform();
        js("document.querySelectorAll('audio')[1].play();");
        try {
            waitFor(() -> browser.findElement(By.id("length-1")).getText().matches("Length: (\\d+ min )?\\d+ s"),
                    Duration.ofSeconds(60));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the length did not change: " + browser.findElement(By.id("length-1")).getText()
                    + "; the player: " + js("var a = document.querySelectorAll('audio')[1]; return a.duration + ' "
                    + "state ' + a.readyState + ' time ' + a.currentTime"), e);
        }
        js("document.querySelectorAll('audio')[1].pause();");
        String title = browser.findElement(By.id("section-1")).getText();
        String message = browser.findElement(By.id("message")).getText();
        assertTrue(message.startsWith(title + ": ") && message.endsWith(" long."), message);
        assertEquals("status", browser.findElement(By.id("message")).getAttribute("role"));
        assertNoViolations("listen page after a section loaded");
    }

    private static void cursorAtEndOfEditor() {
        WebElement editor = browser.findElement(By.id("editor"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
    }

    /** Shift+Tab, held as a person does (a chord given to Actions.sendKeys presses and releases Shift first). */
    private static final String BACK_TAB = "shift+tab";

    private static void keys(CharSequence... keys) {
        for (CharSequence k : keys) {
            Actions a = new Actions(browser);
            if (BACK_TAB.equals(k)) {
                a.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT);
            } else if (k.toString().startsWith(Keys.CONTROL.toString())) {
                a.keyDown(Keys.CONTROL).sendKeys(k.toString().substring(1).replace(Keys.NULL.toString(), ""))
                        .keyUp(Keys.CONTROL);
            } else {
                a.sendKeys(k);
            }
            a.perform();
        }
    }

    private static WebElement focused() {
        return browser.switchTo().activeElement();
    }

    @SuppressWarnings("unchecked")
    private static List<String> tabIndexes() {
        return (List<String>) js("return Array.from(document.querySelectorAll('[role=toolbar] button'))"
                + ".map(function (b) { return b.getAttribute('tabindex'); })");
    }

    private static void open(String path) {
        browser.get("http://127.0.0.1:" + fx.workspace.port() + path);
        waitFor(() -> "complete".equals(js("return document.readyState")));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void waitFor(java.util.function.Supplier<Boolean> condition) {
        waitFor(condition, Duration.ofSeconds(30));
    }

    private static void waitFor(java.util.function.Supplier<Boolean> condition, Duration timeout) {
        new WebDriverWait(browser, timeout).ignoring(RuntimeException.class).until(d -> condition.get());
    }

    @SuppressWarnings("unchecked")
    private static void assertNoViolations(String page) {
        js(axe);
        List<String> violations = (List<String>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'wcag22aa', 'best-practice']}}).then(function (r) {"
                + "  done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + "    + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        assertEquals(List.of(), violations, page + " has accessibility violations");
    }
}
