package org.guidekit.read;

import java.util.Arrays;
import java.util.Optional;

/** The keys a guide's front matter may use, with near-miss suggestions for typos. */
enum FrontMatterKey {
    TITLE("title"), SUBTITLE("subtitle"), LANGUAGE("language"), ORGANIZATION("organization"),
    REVIEWED("reviewed"), PRONUNCIATIONS("pronunciations"), TARGET_GRADE("target-grade"),
    ALLOWED_LINKS("allowed-links"), PICTURE_CAPTIONS("picture-captions"), SUMMARY("summary");

    final String key;

    FrontMatterKey(String key) {
        this.key = key;
    }

    static Optional<FrontMatterKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** "did you mean "title"?" for a close typo, else the list of valid keys. */
    static String suggestionFor(String unknown) {
        return KeySuggestion.forUnknown(unknown, Arrays.stream(values()).map(k -> k.key).toList());
    }
}
