package org.guidekit.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of callout, as GitHub's alert syntax names them. */
public enum CalloutKind {
    NOTE("Note"), TIP("Tip"), IMPORTANT("Important"), WARNING("Warning"), CAUTION("Caution");

    private static final String[] SPANISH = {"Nota", "Consejo", "Importante", "Advertencia", "Precaución"};
    private static final String[] FRENCH = {"Remarque", "Conseil", "Important", "Avertissement", "Attention"};

    private final String label;

    CalloutKind(String label) {
        this.label = label;
    }

    /** The word printed and spoken before the callout: "Warning". */
    public String label() {
        return label;
    }

    /**
     * The word in a guide's language, the same in every edition: English, Spanish ("Advertencia") and French
     * ("Avertissement"); other languages get the English word.
     */
    public String label(String languageTag) {
        return switch (Locale.forLanguageTag(languageTag).getLanguage()) {
            case "es" -> SPANISH[ordinal()];
            case "fr" -> FRENCH[ordinal()];
            default -> label;
        };
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
