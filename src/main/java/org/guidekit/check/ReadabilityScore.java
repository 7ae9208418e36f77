package org.guidekit.check;

import java.util.List;

/**
 * Readability of some text: the counts and the two grades computed from them.
 *
 * @param sentences     number of sentences
 * @param words         number of words
 * @param syllables     number of syllables
 * @param polysyllables words of three or more syllables
 * @param language      whose syllable rules counted them: {@code en}, or {@code es} for a Spanish guide, whose
 *                      scores are {@link #szigrisztPazos()} and {@link #fernandezHuerta()} instead of the grades
 */
public record ReadabilityScore(int sentences, int words, int syllables, int polysyllables, String language) {
    /** Counts made by the English syllable rules. */
    public ReadabilityScore(int sentences, int words, int syllables, int polysyllables) {
        this(sentences, words, syllables, polysyllables, "en");
    }

    /** Whether the counts are Spanish ({@link SpanishReadability}). */
    public boolean spanish() {
        return language.equals(SpanishReadability.LANGUAGE);
    }

    /** Szigriszt-Pazos perspicuity (0 to 100, higher is easier), read on the INFLESZ scale; 0 for no text. */
    public double szigrisztPazos() {
        return SpanishReadability.szigrisztPazos(sentences, words, syllables);
    }

    /** Fernández-Huerta ease (0 to 100, higher is easier); 0 for no text. */
    public double fernandezHuerta() {
        return SpanishReadability.fernandezHuerta(sentences, words, syllables);
    }

    /** Sums the counts of some sentences. */
    public static ReadabilityScore of(List<Sentence> list) {
        int words = 0;
        int syllables = 0;
        int poly = 0;
        for (Sentence s : list) {
            words += s.words();
            syllables += s.syllables();
            poly += s.polysyllables();
        }
        return new ReadabilityScore(list.size(), words, syllables, poly);
    }

    /** Flesch-Kincaid grade level; 0 for no text. */
    public double fleschKincaid() {
        return Readability.fleschKincaid(sentences, words, syllables);
    }

    /** SMOG grade; 0 for no text. */
    public double smog() {
        return Readability.smog(sentences, polysyllables);
    }

    /**
     * The harder of the two grades, the one that drives a reading-grade finding: SMOG is the one recommended for
     * health material, FKGL tends to run low on it.
     */
    public double grade() {
        return Math.max(fleschKincaid(), smog());
    }

    /** Whether SMOG gives {@link #grade()} (ties go to SMOG, the formula recommended for health material). */
    public boolean smogDrives() {
        return smog() >= fleschKincaid();
    }

    /** The name of the formula that gives {@link #grade()}. */
    public String formula() {
        return smogDrives() ? "SMOG" : "Flesch-Kincaid";
    }

    /** The other formula's name and grade. */
    String otherFormula() {
        return smogDrives() ? "Flesch-Kincaid" : "SMOG";
    }

    /** The other formula's grade. */
    double otherGrade() {
        return smogDrives() ? fleschKincaid() : smog();
    }

    /** Words per sentence; 0 for no text. */
    double wordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }
}
