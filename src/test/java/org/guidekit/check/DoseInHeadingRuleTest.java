package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.guidekit.cli.CliRun;
import org.guidekit.cli.CliRunner;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 23 §4: a leaflet titled with its medicine and strength builds; a heading that sells a product does not. */
class DoseInHeadingRuleTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"Amoxicillin 500 mg capsules", "Metformin 500 mg and 850 mg tablets",
            "Children's ibuprofen 100 mg/5 mL oral suspension", "3. How to take Amoxicillin 500 mg Capsules",
            "Metformin 500 mg sugar-free oral solution", "Paracetamol 500mg Tablets", "Baclofen 10 mg for spasms",
            "Levothyroxine 25 mcg: what it is for"})
    void aLeafletHeadingNamingTheMedicineAndItsStrengthIsNotPromotion(String heading) {
        assertEquals(List.of(), Checked.rule(dir, "dose-in-heading", "Text.\n\n## " + heading + "\n\nText.\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Buy Amoxicillin 500 mg capsules online|Buy", "Cheap Baclof 10 mg|Cheap",
            "Amoxicillin 500 mg capsules for $9.99|$9", "Order now: Relaxo 10 mg|Order now",
            "20% off Relaxo 10 mg tablets|20% off", "Relaxo 10 mg: best price guaranteed|best price",
            "Use Muscle Relaxants Like Baclof 10 mg|Like", "Try Relaxo 10 mg today|Try",
            "Compre Relaxo 10 mg barato|Compre"})
    void aHeadingThatSellsAProductWithItsStrengthIsAnErrorNamingTheOffer(String headingAndWord) {
        String[] parts = headingAndWord.split("\\|");
        List<Finding> f = Checked.rule(dir, "dose-in-heading", "Text.\n\n## " + parts[0] + "\n\nText.\n");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(6, f.get(0).line());
        assertTrue(f.get(0).message().contains("\"" + parts[1]), f.get(0).message());
    }

    @Test
    void aLeafletTitledWithItsMedicineAndStrengthPassesTheCheckThatBuildUses() {
        Path file = Fixtures.write(dir, "amoxicillin.md", "---\ntitle: Amoxicillin 500 mg capsules\nreviewed: "
                + "2026-11-01\n---\n## Metformin 500 mg and 850 mg tablets\n\nTake one capsule three times a day.\n");
        CliRun run = CliRunner.check(file);
        assertEquals(0, run.code(), run.toString());
        Path advert = Fixtures.write(dir, "advert.md", "---\ntitle: Buy Amoxicillin 500 mg capsules\n---\nText.\n");
        CliRun refused = CliRunner.check(advert);
        assertEquals(3, refused.code(), refused.toString());
        assertTrue(refused.out().contains(advert + ":2: error [dose-in-heading]"), refused.out());
    }
}
