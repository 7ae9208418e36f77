package org.guidekit.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.guidekit.check.CheckSettings;
import org.guidekit.check.Finding;
import org.guidekit.check.GuideReport;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.Renderer;
import org.guidekit.library.Renderers;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code check} says a build makes for a guide comes from the renderers, not from a list in the checks. */
class GuideCheckFormatsTest {
    @TempDir
    Path dir;

    private Path spanish() {
        return Fixtures.write(dir.resolve("content"), "es.md", "---\ntitle: Presión arterial\nlanguage: de-DE\n"
                + "reviewed: 2026-10-01\n---\n## Cómo medir\n\nSiéntese y descanse cinco minutos.\n");
    }

    @Test
    void theNotesNameTheFormatsTheRenderersRefuseAndTheOnesTheyMake() {
        Path es = spanish();
        GuideReport report;
        List<Renderer> defaults;
        try (Renderers renderers = Renderers.open()) {
            defaults = renderers.defaults();
            report = GuideCheck.review(es, BuildContext.of(BuildContext.rootOf(es)), CheckSettings.defaults(),
                    defaults);
        }
        var guide = MarkdownGuideReader.read(es);
        // one note per reason (German has neither a voice nor a braille table), naming the formats it refuses
        java.util.Map<String, List<String>> refused = new java.util.TreeMap<>();
        defaults.stream().filter(r -> r.unsupported(guide).isPresent()).forEach(r -> refused
                .computeIfAbsent(r.unsupported(guide).get(), k -> new java.util.ArrayList<>()).add(r.format()));
        List<String> made = defaults.stream().filter(r -> r.unsupported(guide).isEmpty())
                .map(Renderer::format).toList();
        assertFalse(refused.isEmpty(), "the fixture needs a format that refuses German");
        List<Finding> notes = report.findings().stream().filter(f -> f.rule().equals(GuideCheck.FORMATS_RULE))
                .toList();
        assertEquals(refused.size(), notes.size(), report.findings().toString());
        int i = 0;
        for (var reason : refused.entrySet()) {
            assertEquals("a build makes no " + String.join(" or ", reason.getValue()) + " for this guide ("
                    + reason.getKey() + ")", notes.get(i).message(), notes.get(i).toString());
            assertEquals("it makes " + String.join(", ", made) + "; naming a skipped format with --format is an "
                    + "error", notes.get(i++).action());
        }
        Finding language = report.findings().stream().filter(f -> f.rule().equals("language")).findFirst()
                .orElseThrow();
        assertFalse(language.toString().contains("--format"), language.toString());
    }

    @Test
    void eachReasonIsOneNoteAndAGuideEveryFormatMakesHasNone() {
        Path es = spanish();
        DumpRenderer audio = new DumpRenderer("audio");
        DumpRenderer daisy = new DumpRenderer("daisy");
        DumpRenderer pdf = new DumpRenderer("pdf");
        BuildContext context = BuildContext.of(BuildContext.rootOf(es));
        assertEquals(List.of(), GuideCheck.review(es, context, CheckSettings.defaults(), List.of(audio, daisy, pdf))
                .findings().stream().filter(f -> f.rule().equals(GuideCheck.FORMATS_RULE)).toList());
        audio.unsupportedFor.add("es");
        daisy.unsupportedFor.add("es");
        List<String> notes = GuideCheck.review(es, context, CheckSettings.defaults(), List.of(audio, daisy, pdf))
                .findings().stream().filter(f -> f.rule().equals(GuideCheck.FORMATS_RULE)).map(Finding::toString)
                .toList();
        assertEquals(List.of(es + ": info [formats] a build makes no audio or daisy for this guide (not for this "
                + "guide); it makes pdf; naming a skipped format with --format is an error"), notes);
    }
}
