package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.guidekit.check.InformationToken.Type;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verifier's own readings of information tokens, class by class: what it finds and what it accepts. */
class InformationTokensTest {
    private static final InformationTokens US = new InformationTokens(false);
    private static final InformationTokens UK = new InformationTokens(true);

    /** Text | the one token found | its class | a correct reading | a wrong reading (the normaliser's old ones). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Call 1-800-222-1222 now  | 1-800-222-1222 | PHONE | one eight hundred two two two one two two two | one eight hundred two two two one thousand two hundred twenty two
            Call 1-800-222-1222 now  | 1-800-222-1222 | PHONE | one eight zero zero two two two one two two two | one eight hundred two twenty two one two two two
            Call (800) 555-0100      | (800) 555-0100 | PHONE | eight zero zero five five five zero one oh oh | eight hundred five hundred fifty five one hundred
            Call 1-800-MEDICARE      | 1-800-MEDICARE | PHONE | one eight hundred m e d i c a r e | one eight hundred
            Call 1-800-MEDICARE      | 1-800-MEDICARE | PHONE | one eight hundred medicare | one thousand eight hundred medicare
            Call 1-800-QUIT-NOW      | 1-800-QUIT-NOW | PHONE | one eight hundred quit now | one eight hundred quit
            Call 0800 123 4567       | 0800 123 4567  | PHONE | oh eight hundred one two three four five six seven | zero thousand eight hundred one hundred twenty three four thousand five hundred sixty seven
            Call 0800 123 4567       | 0800 123 4567  | PHONE | zero eight zero zero one two three four five six seven | eight hundred one two three four five six seven
            Text 18001 then dial     | 18001          | PHONE | one eight zero zero one | eighteen thousand one
            Call 911 now             | 911            | PHONE | nine one one | nine hundred eleven
            Call NHS 111 now         | 111            | PHONE | one one one | one hundred eleven
            Take 10 mg daily         | 10 mg          | DOSE  | ten milligrams | ten m g
            Take 1 mg daily          | 1 mg           | DOSE  | one milligram | one m g
            Give 2.5 mL twice        | 2.5 mL         | DOSE  | two point five milliliters | two point five m l
            Give 2.5 mL twice        | 2.5 mL         | DOSE  | two point five millilitres | two five milliliters
            Take 250 mcg daily       | 250 mcg        | DOSE  | two hundred fifty micrograms | two hundred fifty m c g
            Give 120 mg/5 ml syrup   | 120 mg/5 ml    | DOSE  | one hundred twenty milligrams per five milliliters | one hundred twenty m g slash five m l
            Take ½ – 1 tablet        | ½ – 1 tablet   | DOSE  | a half to one tablet | one tablet
            Take 1-2 tablets         | 1-2 tablets    | DOSE  | one to two tablets | one two tablets
            Take 1-2 tablets         | 1-2 tablets    | DOSE  | one or two tablets | twelve tablets
            Rest 3 - 5 days          | 3 - 5          | OTHER | three to five | three five
            Rest 3 – 5 days          | 3 – 5          | OTHER | three to five | three minus five
            Use 50% - 75% of it      | 50% - 75%      | OTHER | fifty percent to seventy five percent | fifty percent seventy five percent
            Weigh 12-17 lbs          | 12-17 lbs      | OTHER | twelve to seventeen pounds | twelve to seventeen l b s
            Use by 03/2024 please    | 03/2024        | OTHER | march twenty twenty four | three over two thousand twenty four
            Use by 03/2024 please    | 03/2024        | OTHER | march two thousand twenty four | three twenty twenty four
            Seen on 3/15/2024 then   | 3/15/2024      | OTHER | march fifteenth twenty twenty four | three fifteen two thousand twenty four
            Goal 120/80 or lower     | 120/80         | OTHER | one hundred twenty over eighty | one hundred twenty slash eighty
            Goal 120/80 or lower     | 120/80         | OTHER | one twenty over eighty | twelve zero eighty
            Fever 100.4°F or more    | 100.4°F        | OTHER | one hundred point four degrees fahrenheit | one oh zero four f
            Fever 38°C or more       | 38°C           | OTHER | thirty eight degrees celsius | thirty eight c
            Take it at 8:00 am       | 8:00 am        | OTHER | eight a m | eight oh zero am
            Take it at 8:30 pm       | 8:30 pm        | OTHER | eight thirty p m | eight three zero p m
            Keep it 4-7 mmol/L       | 4-7 mmol/L     | OTHER | four to seven millimoles per liter | four to seven m mol l
            Below 140 mg/dL          | 140 mg/dL      | OTHER | one hundred forty milligrams per deciliter | one hundred forty m g d l
            An A1c under 7%          | 7%             | OTHER | seven percent | seven
            Use ½ cup                | ½              | OTHER | one half | nothing
            Use 1½ cups              | 1½             | OTHER | one and a half | one
            Use 1/4 cup              | 1/4            | OTHER | one quarter | one slash four
            Walk 1,500 steps         | 1,500          | OTHER | fifteen hundred | one five zero zero
            Walk 1,500 steps         | 1,500          | OTHER | one thousand five hundred | one thousand five
            Since 2024 we            | 2024           | OTHER | twenty twenty four | two zero two four
            INR of 2.0 to            | 2.0            | OTHER | two point zero | two
            The 15-15 rule           | 15-15          | OTHER | fifteen fifteen | one five one five
            On the 3rd day           | 3rd            | OTHER | third | three r d
            It costs $5.50 now       | $5.50          | OTHER | five dollars and fifty cents | five fifty dollars
            """)
    void readsEachClass(String text, String printed, Type type, String right, String wrong) {
        List<InformationToken> found = US.find(text.strip());
        assertEquals(1, found.size(), found.toString());
        InformationToken t = found.get(0);
        assertEquals(printed.strip(), t.printed());
        assertEquals(type, t.type());
        assertTrue(t.reading().accepts(right.strip()), t.reading().alternatives().size() > 40
                ? t.reading().canonical() : t.reading().toString());
        assertFalse(t.reading().accepts(wrong.strip()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Seen 15/03/2024 here     | the fifteenth of march twenty twenty four
            Seen 05/03/2024 here     | the fifth of march twenty twenty four
            """)
    void britishDatesAreDayFirst(String text, String right) {
        assertTrue(UK.find(text.strip()).get(0).reading().accepts(right.strip()));
        assertFalse(US.find(text.strip()).get(0).reading().accepts("the fifth of march twenty twenty four"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Check your A1c and take B12 every q4h
            See www.nhs.uk/111 or email help2@clinic.org
            Take1-2 doses
            """)
    void numbersInsideWordsAndAddressesAreNotInformation(String text) {
        assertEquals(List.of(), US.find(text.strip()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Call 1-800-222-1222 or 911 and take 10 mg for 3-5 days. | 1-800-222-1222,911,10 mg,3-5
            Take 2 tablets at 8:00 am, 50% - 75%, 120/80 mmHg.      | 2 tablets,8:00 am,50% - 75%,120/80 mmHg
            """)
    void findsEveryTokenInOrder(String text, String printed) {
        assertEquals(List.of(printed.strip().split(",")), US.find(text.strip()).stream()
                .map(InformationToken::printed).toList());
    }
}
