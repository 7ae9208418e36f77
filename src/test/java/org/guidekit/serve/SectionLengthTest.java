package org.guidekit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listen page says each section's length: an estimate from its words, labelled so, until the section has been
 * spoken; then the length of its sound.
 */
class SectionLengthTest {
    @TempDir
    Path dir;

    @Test
    void aSectionShowsAnEstimateUntilItIsSpokenThenItsLength() {
        try (WorkspaceFixture fx = new WorkspaceFixture(dir)) {
            String page = fx.client.get("/listen?file=back-muscle-spasms.md").body();
            Matcher estimate = Pattern.compile("<p class=\"length\" id=\"length-1\">Length: about ([^<]+) "
                    + "\\(estimated from its (\\d+) words\\)</p>").matcher(page);
            assertTrue(estimate.find(), page);
            int words = Integer.parseInt(estimate.group(2));
            assertEquals(LibraryPages.duration(LibraryPages.estimate(words, 155)), estimate.group(1));

            HttpResponse<byte[]> wav = fx.client.getBytes("/section-audio?file=back-muscle-spasms.md&section=1");
            assertEquals(200, wav.statusCode());
            long millis = Listening.wavMillis(wav.body());
            assertTrue(millis > 1000, "the section's sound lasts " + millis + " ms");
            page = fx.client.get("/listen?file=back-muscle-spasms.md").body();
            assertTrue(page.contains("<p class=\"length\" id=\"length-1\" data-exact=\"true\">Length: "
                    + LibraryPages.duration(millis) + "</p>"), page);
            // the others are still estimates
            assertTrue(page.contains("<p class=\"length\" id=\"length-2\">Length: about "), page);
        }
    }

    @Test
    void lengthsAreSaidInMinutesAndSeconds() {
        assertEquals("1 s", LibraryPages.duration(200));
        assertEquals("45 s", LibraryPages.duration(44_600));
        assertEquals("1 min 5 s", LibraryPages.duration(65_000));
        assertEquals(60_000, LibraryPages.estimate(155, 155));
        // 44 bytes of header, then one second of 16 kHz 16-bit mono
        byte[] wav = new byte[44 + 32_000];
        java.nio.ByteBuffer.wrap(wav).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(28, 32_000);
        assertEquals(1000, Listening.wavMillis(wav));
    }
}
