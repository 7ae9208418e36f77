package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.guidekit.check.CheckSettings;
import org.guidekit.check.Finding;
import org.guidekit.check.GuideChecker;
import org.guidekit.read.MarkdownGuideReader;
import org.guidekit.render.speech.DrugNames;
import org.guidekit.render.speech.Pronunciations;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled medicine names as FreeTTS says them (its Segment relation, with the stress of each syllable): every
 * word of {@code drug-names.txt}, whether guidekit respells it or the voice's own dictionary says it; a clinic's or
 * a guide's entry still wins; and the unknown-word check no longer asks about these names.
 */
class DrugNamesSpokenTest {
    private static final VoiceSettings SETTINGS = new VoiceSettings(155, Optional.empty());
    private static FreeTtsSynthesizer voice;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadVoice() {
        voice = new FreeTtsSynthesizer(SETTINGS, Map.of());
    }

    @AfterAll
    static void unloadVoice() {
        voice.close();
    }

    static Stream<DrugNames.Entry> entries() {
        return DrugNames.entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theVoiceSaysTheListedPhones(DrugNames.Entry e) {
        assertEquals(asKevinSays(e.phones()), voice.spokenStressedPhones(e.word()),
                () -> e.word() + " respelled " + e.respelling().orElse("(the voice's own)"));
    }

    /** The 300 names of {@code speech/top300-drugs.txt}, as ClinCalc writes them ("Amlodipine; Benazepril"). */
    static Stream<String> top300() throws IOException {
        try (InputStream in = DrugNamesSpokenTest.class.getResourceAsStream("/speech/top300-drugs.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.substring(l.indexOf('|') + 1).strip()).toList().stream();
        }
    }

    /**
     * A whole name, combinations and salts included, is said as its words are said alone: the listed phones for a
     * listed word, the voice's own for the others ("acid", "chloride"). Numbers ("Polyethylene Glycol 3350") are
     * left out, being the normaliser's part.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("top300")
    void everyNameOfTheTop300IsSaidWithTheListedPhones(String name) {
        List<String> words = Arrays.stream(name.split("[^A-Za-z]+")).filter(w -> !w.isEmpty()).toList();
        List<String> expected = new ArrayList<>();
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            expected.addAll(DrugNames.entries().stream().filter(e -> e.word().equals(lower)).findFirst()
                    .map(e -> asKevinSays(e.phones())).orElseGet(() -> voice.spokenStressedPhones(lower)));
        }
        assertEquals(expected, voice.spokenStressedPhones(String.join(" ", words) + "."));
    }

    @Test
    void aClinicOrGuideEntryReplacesTheBundledOneForItsGuideOnly() {
        List<String> bundled = asKevinSays(DrugNames.addenda().get("metformin"));
        Map<String, List<String>> clinic = Pronunciations.resolve(Map.of("Metformin", "MET-for-min"),
                "content/pronunciations.yaml", Map.of(), "content/diabetes.md");
        try (FreeTtsSynthesizer v = new FreeTtsSynthesizer(SETTINGS, clinic)) {
            List<String> clinics = List.of("m", "eh1", "t", "f", "ao", "r", "m", "ih", "n");
            assertEquals(clinics, v.spokenStressedPhones("Metformin."));
            assertNotEquals(bundled, clinics);
            Map<String, List<String>> guide = Pronunciations.resolve(Map.of("metformin", "MET-for-min"),
                    "content/pronunciations.yaml", Map.of("metformin", "met-FOR-meen"), "content/diabetes.md");
            v.prepare(SETTINGS, guide);
            assertEquals(List.of("m", "eh", "t", "f", "ao1", "r", "m", "iy", "n"), v.spokenStressedPhones("metformin"));
            v.prepare(SETTINGS, Map.of()); // the next guide has no list: the bundled entry is back
            assertEquals(bundled, v.spokenStressedPhones("metformin"));
        }
    }

    @Test
    void listedMedicinesAreNoLongerUnknownWords() {
        Path file = Fixtures.write(dir, "guide.md", "---\ntitle: Your heart and diabetes medicines\n---\n"
                + "Take metformin 500 mg with breakfast. Take atorvastatin 20 mg at night. Take levothyroxine "
                + "before breakfast. Take Lisinopril and AMLODIPINE as your doctor says. Do not take zyxqvol.\n");
        List<Finding> unknown = GuideChecker.check(MarkdownGuideReader.read(file),
                CheckSettings.defaults().withLexicon(FreeTtsLexicon.instance())).findings().stream()
                .filter(f -> f.rule().equals("speech-unknown-word")).toList();
        // The made-up name is still reported: the check ran, and only the listed names are known.
        assertEquals(List.of("zyxqvol"), unknown.stream()
                .map(f -> f.message().replaceAll("^[^\"]*\"([^\"]*)\".*$", "$1")).toList(), unknown.toString());
    }

    /** kevin16 has no ah of its own: it says every ah as aa, in "but" as in a lexicon entry. */
    private static List<String> asKevinSays(List<String> phones) {
        return phones.stream().map(p -> p.startsWith("ah") ? "aa" + p.substring(2) : p).toList();
    }
}
