package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShorthandRuleTest {
    @TempDir
    Path dir;

    private List<String> shown(String body) {
        return Checked.rule(dir, "clinical-shorthand", body).stream()
                .map(x -> x.message().replaceAll("^\"([^\"]*)\".*$", "$1")).toList();
    }

    @Test
    void anAbbreviationOfLettersAndPeriodsAfterANumberIsNotTheUnitShorthandU() {
        // A law cited on a vaccine sheet, a country, a clock time: none is "units".
        assertEquals(List.of(), shown("Vaccine Information Statement, 8/6/2021, 42 U.S.C. \u00A7 300aa-26.\n\n"
                + "Made in 2 U.K. plants and 3 U.S. states. Open from 9 u.s.t. to 5 U.N. days.\n"));
    }

    @Test
    void theUnitShorthandUIsStillFlaggedWhereverItStands() {
        assertEquals(List.of("U", "U", "U", "u"), shown("Inject 10 U. Then 4U at night. Use 6 U (six units) of "
                + "insulin, or 2 u, each day.\n"));
    }
}
