package org.guidekit.check;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the checks need besides the guide itself, gathered by the caller (which may read files).
 *
 * @param targetGrade    a reading grade that overrides every guide's own {@code target-grade} (the command-line option)
 * @param allowedHosts   link hosts every guide in the folder may use ({@code content/allowed-links.yaml})
 * @param pronunciations the clinic-wide pronunciation list ({@code content/pronunciations.yaml})
 * @param lexicon        the voice's dictionary; without one the unknown-word check is skipped
 * @param plainWords     the clinic's additions to the plain-words list ({@code content/plain-words.yaml}): term to
 *                       everyday alternative; an empty alternative switches a bundled term off
 * @param voiceWords     the words the voice says for each element; without them the spoken-reading check is skipped
 */
public record CheckSettings(OptionalInt targetGrade, Set<String> allowedHosts, Map<String, String> pronunciations,
                            Optional<VoiceLexicon> lexicon, Map<String, String> plainWords,
                            Optional<VoiceWords> voiceWords) {
    /** NIH and CDC recommend patient material at 8th grade or lower. */
    public static final int DEFAULT_TARGET_GRADE = 8;

    public CheckSettings {
        Objects.requireNonNull(targetGrade, "targetGrade");
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(voiceWords, "voiceWords");
        allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        pronunciations = Map.copyOf(pronunciations);
        plainWords = Map.copyOf(plainWords);
    }

    /** Settings without a clinic plain-words list and without the voice's words. */
    public CheckSettings(OptionalInt targetGrade, Set<String> allowedHosts, Map<String, String> pronunciations,
                         Optional<VoiceLexicon> lexicon) {
        this(targetGrade, allowedHosts, pronunciations, lexicon, Map.of(), Optional.empty());
    }

    /** No overrides, no shared lists, no voice. */
    public static CheckSettings defaults() {
        return new CheckSettings(OptionalInt.empty(), Set.of(), Map.of(), Optional.empty());
    }

    /** A copy that checks speech against {@code voice}. */
    public CheckSettings withLexicon(VoiceLexicon voice) {
        return new CheckSettings(targetGrade, allowedHosts, pronunciations, Optional.of(voice), plainWords,
                voiceWords);
    }

    /** A copy that checks the spoken readings of numbers, doses and phone numbers against {@code words}. */
    public CheckSettings withVoiceWords(VoiceWords words) {
        return new CheckSettings(targetGrade, allowedHosts, pronunciations, lexicon, plainWords, Optional.of(words));
    }

    /** A copy with other shared lists (those of the guide's folder). */
    public CheckSettings withShared(Set<String> hosts, Map<String, String> sharedPronunciations) {
        return new CheckSettings(targetGrade, hosts, sharedPronunciations, lexicon, plainWords, voiceWords);
    }

    /** A copy with the clinic's plain-words list (that of the guide's folder). */
    public CheckSettings withPlainWords(Map<String, String> clinicPlainWords) {
        return new CheckSettings(targetGrade, allowedHosts, pronunciations, lexicon, clinicPlainWords, voiceWords);
    }
}
