package org.guidekit.render.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.library.Renderers;
import org.guidekit.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;

/**
 * Tables of real leaflets in a real Chromium, on the read-along page and in the EPUB's own XHTML and style sheet: at
 * 320, 768 and 1280 px no word or number in a table cell is broken over two lines (each word, wrapped in a span,
 * has one line box), nothing scrolls sideways, a too-wide chart shows each cell under its header, and axe-core finds
 * nothing. The guide has a 10-column dosing chart with empty cells and a three-column medicine list.
 */
class TablesInBrowserTest {
    private static final List<Integer> WIDTHS = List.of(320, 768, 1280);
    /** Wraps every word of every table cell in a span and returns the words that take more than one line box. */
    private static final String BROKEN_WORDS = """
            const broken = [];
            for (const cell of document.querySelectorAll('td, th')) {
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              const texts = [];
              while (walker.nextNode()) texts.push(walker.currentNode);
              for (const t of texts) {
                const parts = t.textContent.split(/([ \\t\\n]+)/);
                const frag = document.createDocumentFragment();
                for (const p of parts) {
                  if (p.trim() === '') { frag.appendChild(document.createTextNode(p)); continue; }
                  const s = document.createElement('span');
                  s.className = 'word-probe';
                  s.textContent = p;
                  frag.appendChild(s);
                }
                t.parentNode.replaceChild(frag, t);
              }
            }
            for (const s of document.querySelectorAll('.word-probe')) {
              if (s.getClientRects().length !== 1) broken.push(s.textContent + ' (' + s.getClientRects().length + ')');
            }
            return broken;
            """;
    @TempDir
    static Path out;
    private static Browser browser;

    @BeforeAll
    static void render() throws IOException {
        Guide guide = MarkdownGuideReader.read(Path.of("src/test/resources/guides/fever-medicine-doses.md"));
        try (Renderers renderers = Renderers.open()) {
            for (String format : List.of("epub", "web")) {
                renderers.byFormat(format).orElseThrow().render(guide, RenderOptions.defaults(),
                        out.resolve(guide.name()));
            }
        }
        unzipEpub(out.resolve(guide.name()), out.resolve("book"));
        browser = Browser.serving(out, true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noWordInAReadAlongPageTableBreaksAtAnyWidth() {
        for (int width : WIDTHS) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.open("fever-medicine-doses/index.html");
            assertEquals(List.of(), browser.axeViolations(), "axe at " + width + " px");
            assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"),
                    "the page scrolls sideways at " + width + " px");
            assertEquals(List.of(), browser.js(BROKEN_WORDS), "words broken over lines at " + width + " px");
        }
    }

    @Test
    void aChartTooWideForTheScreenShowsEachCellUnderItsHeader() {
        browser.driver().manage().window().setSize(new Dimension(768, 900));
        browser.open("fever-medicine-doses/index.html");
        Object label = browser.js("const td = document.querySelector('table.table-wide tbody tr td:nth-child(2)');"
                + "return td === null ? null : getComputedStyle(td, '::before').content;");
        assertEquals("\"Infants' liquid 160 mg/5 mL: \"", String.valueOf(label).replace('\u00a0', ' '),
                "the dosing chart's cells carry their header");
        assertEquals("cell", browser.js("return document.querySelector('table.table-wide td').getAttribute('role');"),
                "the stacked chart stays a table for screen readers");
    }

    @Test
    void noWordInAnEpubTableBreaksAtAnyWidth() throws IOException {
        String chapter = null;
        try (var files = Files.walk(out.resolve("book"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                if (chapter == null && Files.readString(f).contains("<table")) {
                    chapter = out.relativize(f).toString();
                }
            }
        }
        assertTrue(chapter != null, "the EPUB has a chapter with the tables");
        for (int width : WIDTHS) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.open(chapter);
            assertTrue(browser.js("return document.querySelectorAll('td').length;") instanceof Long n && n > 30,
                    "the EPUB chapter with the tables is open");
            assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"),
                    "the EPUB page scrolls sideways at " + width + " px");
            assertEquals(List.of(), browser.js(BROKEN_WORDS), "words broken over lines in the EPUB at " + width + " px");
        }
    }

    private static void unzipEpub(Path guideFolder, Path into) throws IOException {
        Path epub;
        try (var files = Files.list(guideFolder)) {
            epub = files.filter(f -> f.toString().endsWith(".epub")).findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(epub); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into) || e.isDirectory()) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
            }
        }
    }
}
