package org.guidekit.read;

/** The keys a guide's front matter may use, with near-miss suggestions for typos. */
enum FrontMatterKey {
    TITLE("title"), SUBTITLE("subtitle"), LANGUAGE("language"), ORGANIZATION("organization"),
    REVIEWED("reviewed"), PRONUNCIATIONS("pronunciations"), TARGET_GRADE("target-grade"),
    ALLOWED_LINKS("allowed-links"), PICTURE_CAPTIONS("picture-captions"), SUMMARY("summary"),
    REVIEWED_BY("reviewed-by"), REVIEWED_VERSION("reviewed-version"), DRAFT("draft"),
    VOICE("voice");

    /** Every key, found by the name written in the front matter. */
    static final KnownKeys<FrontMatterKey> KNOWN = new KnownKeys<>(values(), k -> k.key);

    final String key;

    FrontMatterKey(String key) {
        this.key = key;
    }
}
