package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.guidekit.model.Guide;
import org.guidekit.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25 point 4: every front-matter text that reaches an output goes through the text rules. The set of checked
 * fields is the set of printed fields: {@link Metadata#printedTexts()} lists them, {@link GuideText} turns exactly
 * those into text units, and every other field of {@link Metadata} is named below with why it is not text.
 */
class MetadataPrintedTextsTest {
    /**
     * Fields that reach an output but are not free text, each validated by the reader: the language is a checked
     * BCP 47 tag, the review date a date printed as "Reviewed October 2026", the target grade a number; picture
     * captions a yes/no, lines are line numbers, allowed links are host names never printed. Pronunciations are
     * respellings the voice says instead of a word (the speech rules read them; see the report of issue 25).
     * Whether the text changed since its review and whether it is a draft are yes/no, worked out by the reader.
     */
    private static final Set<String> NOT_TEXT = Set.of("language", "reviewed", "targetGrade", "pictureCaptions",
            "lines", "allowedLinks", "pronunciations", "changedSinceReview", "draft",
            // which engine speaks the guide: a setting, never printed or spoken as text
            "voice");

    @TempDir
    Path dir;

    @Test
    void everyFieldIsEitherAPrintedTextOrNamedAsNotText() {
        Metadata full = new Metadata("Title", Optional.of("Subtitle"), "en-US", Optional.of("Clinic"),
                Optional.of(LocalDate.of(2026, 10, 1)), Map.of("a", "b"), OptionalInt.of(6), List.of("cdc.gov"), true,
                Optional.of("Summary"), Map.of("title", 2), Optional.of("Dr. Ana Ruiz"), false, false);
        Set<String> fields = Arrays.stream(Metadata.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        // printed texts are named by their front-matter key: reviewed-by is the field reviewedBy
        Set<String> printed = full.printedTexts().keySet().stream().map(k -> java.util.regex.Pattern.compile("-(.)")
                .matcher(k).replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> classified = new TreeSet<>(printed);
        classified.addAll(NOT_TEXT);
        assertEquals(fields, classified, "a new Metadata field must be a printed text (Metadata.printedTexts) or "
                + "named in NOT_TEXT with why it is not text");
        assertTrue(printed.stream().noneMatch(NOT_TEXT::contains), printed.toString());
    }

    @Test
    void everyPrintedTextIsATextUnitTheRulesRead() {
        Metadata full = new Metadata("Title", Optional.of("Subtitle"), "en-US", Optional.of("Clinic"),
                Optional.empty(), Map.of(), OptionalInt.empty(), List.of(), false, Optional.of("Summary"), Map.of());
        GuideText text = GuideText.of(new Guide("g", "g.md", "0", full, List.of(), List.of()));
        List<String> unitTexts = text.units().stream().map(TextUnit::text).toList();
        assertEquals(List.copyOf(full.printedTexts().values()), unitTexts);
    }

    @Test
    void theSummaryOnTheLibraryPageIsChecked() {
        List<Finding> f = Checked.all(dir, "summary: Buy Vi\u00E1gra at www.cheap-meds-online.com\n", "Text.\n",
                Checked.settings());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("spam-text") && x.line() == 3), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("online-pharmacy") && x.line() == 3), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("link-host") && x.line() == 3), f.toString());
    }
}
