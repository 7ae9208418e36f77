package org.guidekit.check;

import java.util.List;

/**
 * One content check. Rules are stateless and pure: they read the guide through a {@link CheckContext} and return
 * what they found; they never print, read files or throw for bad content.
 */
interface Rule {
    /** Which guides a rule applies to: a guide in another language than English gets no English-only findings. */
    enum Scope {
        /** Any guide: structure, accessibility, links, promotion. */
        EVERY_LANGUAGE,
        /** English text only: formulas and word lists made for English (reading grade, plain words). */
        ENGLISH_TEXT,
        /** Spanish text only: formulas made for Spanish (INFLESZ, Fernández-Huerta). */
        SPANISH_TEXT,
        /**
         * What the English voice will say: a guide in another language gets no audio, so these findings would only
         * be noise. Every speech rule declares this.
         */
        ENGLISH_VOICE;

        /** Whether a guide in {@code language} (a primary BCP 47 subtag: "en", "es") gets this rule's findings. */
        boolean applies(String language) {
            return switch (this) {
                case EVERY_LANGUAGE -> true;
                case ENGLISH_TEXT, ENGLISH_VOICE -> language.equals("en");
                case SPANISH_TEXT -> language.equals(SpanishReadability.LANGUAGE);
            };
        }
    }

    /** The rule ids this rule can report, for documentation and tests. */
    List<String> ids();

    /** What the rule found in the context's guide; empty when all is well. */
    List<Finding> check(CheckContext context);

    /** Which guides the rule applies to; a rule about the voice or about English words must say so. */
    default Scope scope() {
        return Scope.EVERY_LANGUAGE;
    }
}
