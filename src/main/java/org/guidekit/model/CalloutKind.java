package org.guidekit.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of callout, as GitHub's alert syntax names them. */
public enum CalloutKind {
    NOTE, TIP, IMPORTANT, WARNING, CAUTION;

    /** The word printed and spoken before the callout: "Warning". */
    public String label() {
        return label("en");
    }

    /**
     * The word in a guide's language, the same in every edition: English, Spanish ("Advertencia") and French
     * ("Avertissement"); other languages get the English word ({@link EditionWords}).
     */
    public String label(String languageTag) {
        return EditionWords.forLanguage(languageTag).get("callout." + name().toLowerCase(Locale.ROOT));
    }

    /** Every kind's {@link #label(String)} in one language, in declaration order. */
    public static java.util.Map<CalloutKind, String> labelsIn(String languageTag) {
        java.util.Map<CalloutKind, String> m = new java.util.EnumMap<>(CalloutKind.class);
        for (CalloutKind k : values()) {
            m.put(k, k.label(languageTag));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The kind for a marker word such as {@code warning}, any case. */
    public static Optional<CalloutKind> fromMarker(String word) {
        for (CalloutKind k : values()) {
            if (k.name().equals(word.toUpperCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
