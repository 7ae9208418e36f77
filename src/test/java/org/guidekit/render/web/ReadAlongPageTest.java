package org.guidekit.render.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.testing.Golden;
import org.guidekit.testing.SampleEditions;
import org.junit.jupiter.api.Test;

/** The page's markup: a golden page for a guide without audio, and the promises every page keeps. */
class ReadAlongPageTest {
    private static String page(String name) throws IOException {
        return Files.readString(SampleEditions.guide(name).resolve("index.html"));
    }

    @Test
    void aGuideWithoutAudioMatchesGolden() throws IOException {
        Golden.assertMatches("web", SampleEditions.SPANISH + ".html", page(SampleEditions.SPANISH));
    }

    @Test
    void everyPageLoadsNothingFromElsewhere() throws IOException {
        for (String name : SampleEditions.SPOKEN) {
            String html = page(name);
            Matcher m = Pattern.compile("(?:src|href)=\"([^\"#]+)").matcher(html);
            while (m.find()) {
                String url = m.group(1);
                boolean link = html.substring(Math.max(0, m.start() - 3), m.start()).contains("<a ");
                assertTrue(link || !url.contains(":"), name + " loads " + url);
            }
            assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
            assertFalse(html.contains("style=\""), "no inline style, which the policy forbids");
        }
    }

    @Test
    void theSpokenPageOffersTheCaptionsAndTimesEverySentence() throws IOException {
        String html = page("back-muscle-spasms");
        assertTrue(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-US\">"));
        assertTrue(html.contains("<track kind=\"captions\" src=\"web/back-muscle-spasms.vtt\" srclang=\"en\""), html);
        assertTrue(html.contains("<span id=\"step-3-stretch-gently-l1-i1_3\" class=\"s\" data-begin="), html);
        // Each timed piece starts where the one before ends: the highlight never drops out between sentences.
        Matcher m = Pattern.compile("data-begin=\"([0-9.]+)\" data-end=\"([0-9.]+)\"").matcher(html);
        double end = 0;
        int n = 0;
        while (m.find()) {
            assertEquals(end, Double.parseDouble(m.group(1)), 0.0005, "piece " + n);
            end = Double.parseDouble(m.group(2));
            n++;
        }
        assertTrue(n > 60, n + " timed pieces");
    }

    @Test
    void theOtherEditionsAreLinkedWithTheirSizes() throws IOException {
        String html = page("checking-blood-pressure-at-home");
        assertTrue(html.matches("(?s).*<a href=\"checking-blood-pressure-at-home.pdf\">Large-print handout to "
                + "print \\(PDF\\)</a>, \\d+ KB</li>.*"), html);
        assertTrue(html.matches("(?s).*<a href=\"checking-blood-pressure-at-home.epub\">E-book with read-along "
                + "audio \\(EPUB\\)</a>, \\d\\.\\d MB</li>.*"), html);
    }
}
