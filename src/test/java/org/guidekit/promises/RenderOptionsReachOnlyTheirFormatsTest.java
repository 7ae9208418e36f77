package org.guidekit.promises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.guidekit.model.Guide;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.Paper;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.Renderer;
import org.guidekit.library.Renderers;
import org.junit.jupiter.api.Test;

/**
 * README: a build renders a guide again only when something that shapes that format changed. Each renderer's
 * declared inputs decide it, so a handout-only option (--size, --paper, --font) never re-renders the audio and a
 * voice option (--rate, --pitch, the pronunciation list) never re-renders the handout.
 */
class RenderOptionsReachOnlyTheirFormatsTest {
    private final Guide guide = MarkdownGuideReader.read(Path.of("content", "back-muscle-spasms.md"));
    private final RenderOptions base = RenderOptions.defaults();

    private static String inputs(String format, Guide g, RenderOptions options) {
        try (Renderers renderers = Renderers.open()) {
            Renderer r = renderers.byFormat(format).orElseThrow();
            return r.inputs(g, options).hex();
        }
    }

    private void changesOnly(RenderOptions changed, String... affected) {
        for (String format : new String[] {"pdf", "audio", "wav", "daisy", "braille", "epub", "web"}) {
            boolean expected = java.util.List.of(affected).contains(format);
            String before = inputs(format, guide, base);
            String after = inputs(format, guide, changed);
            if (expected) {
                assertNotEquals(before, after, format + " must be rendered again");
            } else {
                assertEquals(before, after, format + " must not be rendered again");
            }
        }
    }

    /** The handout's options also reach the braille: it shows the handout's print page numbers. */
    @Test
    void handoutOptionsReachOnlyTheHandoutAndTheBraille() {
        changesOnly(base.withBodySize(24), "pdf", "braille");
        changesOnly(base.withPaper(Paper.A4), "pdf", "braille");
        Path someFile = Path.of("pom.xml"); // inputs hold a font's bytes; any file shows that they reach the PDF only
        changesOnly(new RenderOptions(Optional.empty(), 18, Optional.of(someFile), Optional.empty(), 155,
                Optional.empty(), Map.of(), false, base.progress()), "pdf", "braille");
    }

    @Test
    void voiceOptionsReachOnlyTheSpokenFormats() {
        changesOnly(new RenderOptions(Optional.empty(), 18, Optional.empty(), Optional.empty(), 170,
                Optional.empty(), Map.of(), false, base.progress()), "audio", "wav", "daisy", "epub", "web");
        changesOnly(new RenderOptions(Optional.empty(), 18, Optional.empty(), Optional.empty(), 155,
                Optional.of(120f), Map.of(), false, base.progress()), "audio", "wav", "daisy", "epub", "web");
        changesOnly(base.withSharedPronunciations(Map.of("baclofen", "BACK-low-fen")), "audio", "wav", "daisy", "epub", "web");
    }

    @Test
    void brailleOptionsReachOnlyTheBraille() {
        changesOnly(new RenderOptions(Optional.empty(), 18, Optional.empty(), Optional.empty(), 155,
                Optional.empty(), Map.of(), false, base.progress(), 1, 40, 25), "braille");
        changesOnly(new RenderOptions(Optional.empty(), 18, Optional.empty(), Optional.empty(), 155,
                Optional.empty(), Map.of(), false, base.progress(), 2, 32, 25), "braille");
        changesOnly(new RenderOptions(Optional.empty(), 18, Optional.empty(), Optional.empty(), 155,
                Optional.empty(), Map.of(), false, base.progress(), 2, 40, 20), "braille");
    }

    @Test
    void theZipReachesOnlyTheDaisyBook() {
        changesOnly(new RenderOptions(Optional.empty(), 18, Optional.empty(), Optional.empty(), 155,
                Optional.empty(), Map.of(), true, base.progress()), "daisy");
    }

    @Test
    void theSameInputsInAnyMapOrderGiveTheSameFingerprint() {
        Map<String, String> one = new java.util.LinkedHashMap<>();
        one.put("baclofen", "BACK-low-fen");
        one.put("sciatica", "sigh-AT-ick-uh");
        Map<String, String> two = new java.util.LinkedHashMap<>();
        two.put("sciatica", "sigh-AT-ick-uh");
        two.put("baclofen", "BACK-low-fen");
        assertEquals(inputs("audio", guide, base.withSharedPronunciations(one)),
                inputs("audio", guide, base.withSharedPronunciations(two)));
    }
}
