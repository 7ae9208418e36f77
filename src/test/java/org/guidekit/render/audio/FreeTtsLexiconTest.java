package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The facts of docs/freetts.md: the voice knows ibuprofen and morphine, not baclofen or metformin. */
class FreeTtsLexiconTest {
    private final FreeTtsLexicon lexicon = FreeTtsLexicon.instance();

    @Test
    void knowsCommonWordsAndSomeDrugNames() {
        for (String w : new String[] {"the", "doctor", "doctors", "heating", "ibuprofen", "acetaminophen", "morphine",
            "potassium", "spasm", "Mattress"}) {
            assertTrue(lexicon.knows(w), w);
        }
    }

    @Test
    void doesNotKnowManyDrugNamesOrBrands() {
        for (String w : new String[] {"baclofen", "metformin", "warfarin", "tramadol", "baclof", "annacit"}) {
            assertFalse(lexicon.knows(w), w);
        }
    }
}
