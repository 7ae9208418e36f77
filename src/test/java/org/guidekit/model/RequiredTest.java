package org.guidekit.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RequiredTest {
    @Test
    void passesWhenEveryValueIsPresent() {
        assertDoesNotThrow(() -> Required.nonNull("a b c", "x", 1, Optional.empty()));
    }

    @Test
    void namesTheFirstNullComponent() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Required.nonNull("id kind title", "x", null, null));
        assertEquals("kind", e.getMessage());
    }

    @Test
    void aMiscountedCallFailsEvenWithNoNull() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Required.nonNull("id kind", "x", "y", "z"));
        assertEquals("2 names for 3 values: id kind", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Required.nonNull("", "x"));
    }

    @Test
    void aRecordSaysWhichComponentIsMissing() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Callout("c1", CalloutKind.WARNING, null, List.of(), 1));
        assertEquals("title", e.getMessage());
    }
}
