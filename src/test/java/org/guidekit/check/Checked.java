package org.guidekit.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.testing.Fixtures;

/** Test fixture: writes a small guide, reads it and runs the checks, keeping one rule's findings. */
final class Checked {
    /**
     * A voice that knows a handful of words (the fixture's title "Test guide" among them), so speech tests do not depend on FreeTTS's dictionary; it expands
     * text with the real speech normaliser, as the voice does.
     */
    static final VoiceLexicon SMALL_VOICE = new VoiceLexicon() {
        private final Set<String> words = Set.of("take", "the", "pill", "with", "water", "ask", "your", "doctor",
                "about", "you", "will", "feel", "better", "a", "it", "is", "of", "and", "spasm", "drink", "test",
                "guide");

        @Override
        public boolean knows(String word) {
            return words.contains(word);
        }

        @Override
        public String spoken(String printed) {
            return new org.guidekit.render.speech.HealthTextNormalizer().normalize(printed);
        }
    };

    private Checked() {
    }

    /** The findings of {@code rule} for a guide with front matter {@code title: Test guide} + {@code extra}. */
    static List<Finding> rule(Path dir, String rule, String frontMatter, String body) {
        return all(dir, frontMatter, body, settings()).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** The findings of {@code rule} with only a title in the front matter. */
    static List<Finding> rule(Path dir, String rule, String body) {
        return rule(dir, rule, "", body);
    }

    static List<Finding> all(Path dir, String frontMatter, String body, CheckSettings settings) {
        Path file = Fixtures.write(dir, "guide.md", "---\ntitle: Test guide\n" + frontMatter + "---\n" + body);
        return GuideChecker.check(MarkdownGuideReader.read(file), settings).findings();
    }

    static CheckSettings settings() {
        return new CheckSettings(OptionalInt.empty(), Set.of("medlineplus.gov"), Map.of("baclofen",
                "BACK-low-fen"), Optional.of(SMALL_VOICE));
    }
}
