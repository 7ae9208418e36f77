package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The facts of docs/freetts.md: FreeTTS knows ibuprofen and morphine, not baclofen or metformin, which guidekit's
 * bundled list of medicine names adds.
 */
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
    void knowsTheMedicineNamesGuidekitBundles() {
        // Not in FreeTTS's dictionaries, but in drug-names.txt, which every voice gets in its lexicon.
        for (String w : new String[] {"baclofen", "metformin", "warfarin", "tramadol", "atorvastatin",
            "levothyroxine"}) {
            assertTrue(lexicon.knows(w), w);
        }
    }

    @Test
    void doesNotKnowOtherDrugNamesOrBrands() {
        for (String w : new String[] {"paracetamol", "lantus", "baclof", "annacit"}) {
            assertFalse(lexicon.knows(w), w);
        }
    }
}
