package org.guidekit.render.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.guidekit.model.Emphasis;
import org.guidekit.model.Inline;
import org.guidekit.model.Link;
import org.guidekit.model.Strong;
import org.guidekit.model.Text;
import org.junit.jupiter.api.Test;

class PrintedSentencesTest {
    private static List<String> sentences(String text) {
        return PrintedSentences.split(List.of(new Text(text))).stream().map(PrintedSentences::flatten).toList();
    }

    @Test
    void sentencesEndBeforeACapitalButNotAfterTitlesInitialsOrShortForms() {
        assertEquals(List.of("Lie down. ", "Call Dr. Patel at 8 a.m. ", "Then rest."),
                sentences("Lie down. Call Dr. Patel at 8 a.m. Then rest."));
        assertEquals(List.of("Ask J. Smith, e.g. Advil or Jan. Doe, about it?! ", "\"Yes.\" ", "(Really.)"),
                sentences("Ask J. Smith, e.g. Advil or Jan. Doe, about it?! \"Yes.\" (Really.)"));
        assertEquals(List.of("Take 2.5 mL. then rest at 3 p.m. today."),
                sentences("Take 2.5 mL. then rest at 3 p.m. today."));
    }

    @Test
    void emphasisAndLinksAreCutAtTheSentenceEndAndKeptOnBothSides() {
        List<Inline> content = List.of(new Strong(List.of(new Text("Stop. Now"))), new Text(" and "),
                new Link("https://x.org", List.of(new Emphasis(List.of(new Text("read it. Then"))))), new Text(" go."));
        List<List<Inline>> split = PrintedSentences.split(content);
        assertEquals(List.of(new Strong(List.of(new Text("Stop. ")))), split.get(0));
        assertEquals(List.of(new Strong(List.of(new Text("Now"))), new Text(" and "),
                new Link("https://x.org", List.of(new Emphasis(List.of(new Text("read it. ")))))), split.get(1));
        assertEquals(List.of(new Link("https://x.org", List.of(new Emphasis(List.of(new Text("Then"))))),
                new Text(" go.")), split.get(2));
    }
}
