package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.RenderOptions;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A second reader of the BRF: Debian's {@code lou_translate} (package {@code liblouis-bin}, its own liblouis build
 * and tables) back-translates the sample guides' BRF files; every word must come back as with our own binding.
 * Skipped, with the reason printed, when {@code lou_translate} is not installed ({@code .ci/run} installs it).
 */
class LouTranslateCrossCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"back-muscle-spasms", "checking-blood-pressure-at-home"})
    void debiansLouTranslateReadsTheBrfBack(String name) throws Exception {
        Assumptions.assumeTrue(louTranslate(), () -> {
            String why = "lou_translate (Debian package liblouis-bin) is not installed; skipping the cross-check";
            System.out.println("[skipped] " + why);
            return why;
        });
        Guide guide = MarkdownGuideReader.read(Fixtures.content(name + ".md"));
        RenderOptions options = RenderOptions.defaults();
        String brf = BrailleProof.brf(guide, options);
        // lou_translate wants lower-case ASCII braille without typeform indicators it cannot read (see BrailleProof).
        List<String> lines = new ArrayList<>();
        for (String line : brf.replace("\f", "").split("\r\n")) {
            String cells = BrailleProof.TYPEFORM_INDICATORS.matcher(AsciiBraille.toUnicode(line)).replaceAll("");
            lines.add(lowerCase(AsciiBraille.fromUnicode(cells)));
        }
        String back = run(String.join("\n", lines) + "\n");
        BrailleProof.Survival s = BrailleProof.survival(BrailleProof.printWords(guide, options),
                BrailleProof.words(back));
        System.out.println("[lou_translate --backward en-ueb-g2.ctb] " + name + ": " + s);
        assertEquals(List.of(), s.unexplained(), s.toString());
        assertTrue(s.rate() > 0.99, s.toString());
    }

    /**
     * Lower-case ASCII braille, as liblouis's tables display it: letters, and {@code @[\\]^} as their lower-case
     * neighbours {@code `{|}~} (BRF files use either case).
     */
    static String lowerCase(String brf) {
        StringBuilder sb = new StringBuilder(brf.length());
        for (char c : brf.toCharArray()) {
            sb.append(c >= '@' && c <= '^' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    private static boolean louTranslate() {
        try {
            Process p = new ProcessBuilder("lou_translate", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(String input) throws IOException, InterruptedException {
        Path in = Files.createTempFile("brf", ".txt");
        try {
            Files.writeString(in, input, StandardCharsets.US_ASCII);
            Process p = new ProcessBuilder("lou_translate", "--backward", "en-ueb-g2.ctb")
                    .redirectInput(in.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "lou_translate did not finish");
            assertEquals(0, p.exitValue(), "lou_translate failed");
            return out;
        } finally {
            Files.deleteIfExists(in);
        }
    }
}
