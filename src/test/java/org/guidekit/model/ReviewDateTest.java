package org.guidekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReviewDateTest {
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 14);

    @Test
    void wordsTheDateInTheGuidesLanguage() {
        assertEquals("Reviewed October 2026", ReviewDate.label(OCTOBER, "en-US"));
        assertEquals("Revisado en octubre de 2026", ReviewDate.label(OCTOBER, "es-MX"));
        assertEquals("Révisé en octobre 2026", ReviewDate.label(OCTOBER, "fr"));
    }

    @Test
    void otherLanguagesGetTheEnglishWords() {
        assertEquals("Reviewed October 2026", ReviewDate.label(OCTOBER, "de"));
        assertEquals("Reviewed October 2026", ReviewDate.label(OCTOBER, ""));
    }
}
