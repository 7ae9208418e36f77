package org.guidekit.render;

import java.util.Locale;

/** Paper sizes for the printed handout, in PDF points (1/72 inch). */
public enum Paper {
    LETTER(612, 792), A4(595.28f, 841.89f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** US (and the few other Letter countries) print on Letter; everyone else on A4. */
    public static Paper forLanguage(String languageTag) {
        String region = Locale.forLanguageTag(languageTag).getCountry();
        return switch (region) {
            case "US", "CA", "MX", "PH", "CL", "CO", "VE", "PR" -> LETTER;
            default -> region.isEmpty() && languageTag.toLowerCase(Locale.ROOT).startsWith("en") ? LETTER : A4;
        };
    }
}
