package org.guidekit.render.speech;

/**
 * The English normaliser behind the {@link SpeechNormalizer} seam: {@link HealthTextNormalizer}, unchanged, which
 * reads for FreeTTS (ASCII out, accented letters dropped).
 */
final class EnglishNormalizer implements SpeechNormalizer {
    static final String LANGUAGE = "en";

    private final HealthTextNormalizer english;

    EnglishNormalizer(HealthTextNormalizer english) {
        this.english = english;
    }

    @Override
    public String language() {
        return LANGUAGE;
    }

    @Override
    public String normalize(String printed) {
        return english.normalize(printed);
    }
}
