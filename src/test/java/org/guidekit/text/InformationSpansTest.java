package org.guidekit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each line: the text, then the spans found in it as "kind:text", separated by " | ". */
class InformationSpansTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Take 40 mg each morning.; QUANTITY:40 mg",
        "Use 0.4 mg under the tongue; QUANTITY:0.4 mg",
        "sacubitril/valsartan 24/26 mg twice a day; QUANTITY:24/26 mg",
        "A fever is 100.4 °F (38 °C) or more; QUANTITY:100.4 °F | QUANTITY:38 °C",
        "Goal: below 120/80 mmHg.; QUANTITY:120/80 mmHg",
        "Take it at 8:00 a.m. and 9 p.m. daily; TIME:8:00 a.m. | TIME:9 p.m.",
        "Call 555-201-3344 or (555) 201-3345.; PHONE:555-201-3344 | PHONE:(555) 201-3345",
        "Nurse line: +1 555 201 3399; PHONE:+1 555 201 3399",
        "If it gets worse, call 911 now.; PHRASE:call 911",
        "Call 1-800-MEDICARE or 1-800-QUIT-NOW.; PHONE:1-800-MEDICARE | PHONE:1-800-QUIT-NOW",
        "Report it at 1-800-FDA-1088 today; PHONE:1-800-FDA-1088",
        "Call 0800 123 4567 or 020 7946 0958.; PHONE:0800 123 4567 | PHONE:020 7946 0958",
        "Abroad: +44 (0)20 7946 0958 or +33 1 23 45 67 89; PHONE:+44 (0)20 7946 0958 | PHONE:+33 1 23 45 67 89",
        "From a textphone 18001 111; PHONE:18001 111",
        "NHS 111 helps; PHRASE:NHS 111",
        "It weighs 100 MG; QUANTITY:100 MG",
        "Your visit is on October 14, 2026 at 10:15 a.m.; DATE:October 14, 2026 | TIME:10:15 a.m.",
        "Seen 1 October 2026.; DATE:1 October 2026",
        "Next visit 11/14/2026; ",
        "Read www.example.org/heart. Then rest.; WEB_ADDRESS:www.example.org/heart",
        "See https://www.example.org/a?b=1&c=2, please; WEB_ADDRESS:https://www.example.org/a?b=1&c=2",
        "Write to help@example.org today; EMAIL:help@example.org",
        "Use 2 puffs and 18 units; QUANTITY:2 puffs | QUANTITY:18 units",
        "No more than 3,000 mg a day; QUANTITY:3,000 mg",
        "Walk 2 in the morning and sleep; ",
        // The units of real leaflets (issue: "take 30 / grams", "Syrup: 160 / mg/5 ml" were split)
        "Mix it into food, up to 30 grams a day; QUANTITY:30 grams",
        "Syrup: 160 mg/5 ml; QUANTITY:160 mg/5 ml",
        "Infants' drops 160 mg/5mL, 1.25 mL; QUANTITY:160 mg/5mL | QUANTITY:1.25 mL",
        "Give 1½ tablets or ½ tablet; QUANTITY:1½ tablets | QUANTITY:½ tablet",
        "TAKE 2 PUFFS AND 5 ML; QUANTITY:2 PUFFS | QUANTITY:5 ML",
        "Aim for 4 to 7 mmol/L; QUANTITY:7 mmol/L",
        "HbA1c 48 mmol/mol; QUANTITY:48 mmol/mol",
        "Take 1 tablet(s) with 8 fl oz of water; QUANTITY:1 tablet(s) | QUANTITY:8 fl oz",
        "Use 250 mcg and 400 IU and 2 sprays; QUANTITY:250 mcg | QUANTITY:400 IU | QUANTITY:2 sprays",
        "Weight 6-11 lbs. Give 2 teaspoons; QUANTITY:6-11 lbs. | QUANTITY:2 teaspoons",
        "Tome 2 cucharaditas cada 6 horas; QUANTITY:2 cucharaditas | QUANTITY:6 horas",
    })
    void findsEachPieceOfInformation(String text, String expected) {
        List<String> found = InformationSpans.find(text).stream()
                .map(s -> s.kind() + ":" + text.substring(s.start(), s.end())).toList();
        assertEquals(expected == null ? "" : expected.strip(), String.join(" | ", found), text);
    }
}
