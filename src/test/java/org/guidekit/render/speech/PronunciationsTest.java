package org.guidekit.render.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.guidekit.error.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PronunciationsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "baclofen     | BACK-low-fen        | b ae1 k l ow f eh n",
        "metformin    | met-FOR-min         | m eh t f ao1 r m ih n",
        "warfarin     | WAR-fuh-rin         | w aa1 r f ax r ih n",
        "tramadol     | TRAM-uh-dol         | t r ae1 m ax d aa l",
        "paracetamol  | pair-uh-SEE-tuh-mol | p eh r ax s iy1 t ax m aa l",
        "atorvastatin | uh-TOR-vuh-stat-in  | ax t ao1 r v ax s t ae t ih n",
        "ibuprofen    | eye-byoo-PROH-fen   | ay b y uw p r ow1 f eh n",
        "febuxostat   | feh-BUK-soh-stat    | f eh b ah1 k s ow s t ae t",
        "diltiazem    | dil-TY-uh-zem       | d ih l t ay1 ax z eh m",
        "diltiazem    | dil-TYE-uh-zem      | d ih l t ay1 ax z eh m",
        "diltiazem    | dil-TIGH-uh-zem     | d ih l t ay1 ax z eh m",
        "yellow       | YEL-oh              | y eh1 l ow",
        "turkey       | TER-kay             | t er1 k ey",
    })
    void respellingBecomesPhones(String word, String respelling, String phones) {
        assertEquals(List.of(phones.split(" ")), Pronunciations.phones(word, respelling, "content/x.md"));
    }

    @Test
    void cmuPhonesArePassedThrough() {
        assertEquals(List.of("b", "ae1", "k", "l", "ow", "f", "eh", "n"),
                Pronunciations.phones("baclofen", "b ae1 k l ow f eh n", "content/x.md"));
    }

    @Test
    void stressMarksCopiedFromTheCmuDictionaryAreAccepted() {
        assertEquals(List.of("b", "ae1", "k", "l", "ow", "f", "eh1", "n"),
                Pronunciations.phones("baclofen", "b ae1 k l ow0 f eh2 n", "content/x.md"));
    }

    @Test
    void capitalPhonesAsTheCmuDictionaryWritesThemAreAccepted() {
        assertEquals(List.of("l", "ae1", "n", "t", "ah", "s"),
                Pronunciations.phones("lantus", "L AE1 N T AH0 S", "content/x.md"));
    }

    @Test
    void badPhoneIsAContentErrorNamingFileWordAndPhone() {
        ContentException e = assertThrows(ContentException.class,
                () -> Pronunciations.phones("baclofen", "b ae1 k l ow f eh n x", "content/back.md"));
        assertTrue(e.getMessage().startsWith("content/back.md: "), e.getMessage());
        assertTrue(e.getMessage().contains("\"baclofen\"") && e.getMessage().contains("\"x\""), e.getMessage());
    }

    @Test
    void everyBadEntryIsReportedAtOnce() {
        ContentException e = assertThrows(ContentException.class, () -> Pronunciations.resolve(
                java.util.Map.of("foo bar", "FOO"), "content/pronunciations.yaml",
                java.util.Map.of("baclofen", "b ae1 x"), "content/back.md"));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void phonesTheVoiceCannotSayAreRejected() {
        // Listed in FreeTTS's phone set, but kevin16 fails on them.
        for (String p : List.of("axr", "dx", "el", "em", "en", "hv", "nx", "pau", "ow2", "b1")) {
            assertTrue(!CmuPhones.isValid(p), p);
        }
    }

    @Test
    void unreadableRespellingIsAContentError() {
        ContentException e = assertThrows(ContentException.class,
                () -> Pronunciations.phones("drugname", "DRUG-n@me", "content/pronunciations.yaml"));
        assertTrue(e.getMessage().contains("\"DRUG-n@me\"") && e.getMessage().contains("\"drugname\""));
    }

    @Test
    void guideEntriesOverrideTheSharedList() {
        var merged = Pronunciations.resolve(Map.of("Baclofen", "BACK-low-fen"), "content/pronunciations.yaml",
                Map.of("baclofen", "BAK-loh-fen"), "content/back.md");
        assertEquals(List.of("b", "ae1", "k", "l", "ow", "f", "eh", "n"), merged.get("baclofen"));
        assertEquals(1, merged.size());
    }
}
