package org.guidekit.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of callout, as GitHub's alert syntax names them. */
public enum CalloutKind {
    NOTE("Note"), TIP("Tip"), IMPORTANT("Important"), WARNING("Warning"), CAUTION("Caution");

    private final String label;

    CalloutKind(String label) {
        this.label = label;
    }

    /** The word printed and spoken before the callout: "Warning". */
    public String label() {
        return label;
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
