package org.guidekit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each line: the text, then its sentences (with the spaces after them) separated by " | ". */
class SentenceBoundariesTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', ignoreLeadingAndTrailingWhitespace = false, value = {
        // full stops, questions, exclamations; a closing quote or bracket stays with its sentence
        "Rest today. Does it hurt? Call us! Then walk;Rest today. |Does it hurt? |Call us! |Then walk",
        "Ask him?! \"Yes.\" (Really.) Go.;Ask him?! |\"Yes.\" |(Really.) |Go.",
        "He said \u201CStop.\u201D Then he left.;He said \u201CStop.\u201D |Then he left.",
        // a sentence may start with a number (issue 26: check counted 2 here, the speech 1)
        "Take 2 tablets. 3 hours later, take 1 more.;Take 2 tablets. |3 hours later, take 1 more.",
        "Wait 10 min. (2 hours if asleep) then eat.;Wait 10 min. |(2 hours if asleep) then eat.",
        // but never with a lower-case word
        "Use it 3 times a day etc. as told.;Use it 3 times a day etc. as told.",
        "Take 2.5 mL. then rest.;Take 2.5 mL. then rest.",
        "Does it hurt? if so, call us.;Does it hurt? if so, call us.",
        // decimals, titles, Latin short forms and initials end nothing
        "Take 2.5 ml twice a day. Stop after 3 days.;Take 2.5 ml twice a day. |Stop after 3 days.",
        "Ask Dr. Smith, e.g. at a visit. Main St. is shut.;Ask Dr. Smith, e.g. at a visit. |Main St. is shut.",
        "Avoid lifting, i.e. Heavy boxes, for a week.;Avoid lifting, i.e. Heavy boxes, for a week.",
        "J. Smith and Prof. Jones wrote it.;J. Smith and Prof. Jones wrote it.",
        "Ask for Jan. Doe. Avoid the sun. Wear a hat.;Ask for Jan. Doe. |Avoid the sun. |Wear a hat.",
        "Call ext. 4402 or see No. 5. Then rest.;Call ext. 4402 or see No. 5. |Then rest.",
        "Did it help? No. Then call us.;Did it help? |No. |Then call us.",
        // a.m. and p.m. may end a sentence, a web address too
        "Call Dr. Patel at 8 a.m. Then rest.;Call Dr. Patel at 8 a.m. |Then rest.",
        "Come at 8 a.m. on Monday.;Come at 8 a.m. on Monday.",
        "Read www.example.org/heart. Then rest.;Read www.example.org/heart. |Then rest.",
        // a symbol starts no sentence: a legal citation is one
        "See 42 U.S.C. \u00A7 300aa-26 for it.;See 42 U.S.C. \u00A7 300aa-26 for it.",
        // Spanish and French: capitals with accents, opening marks, their short forms
        "Tome 2 pastillas. \u00BFLe duele? \u00A1Llame ya! \u00C9ste es el final.;"
                + "Tome 2 pastillas. |\u00BFLe duele? |\u00A1Llame ya! |\u00C9ste es el final.",
        "Descanse. \u00D1o\u00F1o no. \u00C1brala.;Descanse. |\u00D1o\u00F1o no. |\u00C1brala.",
        "Vea a la Dra. P\u00E9rez, p. ej. Ibuprofeno. Sr. L\u00F3pez, ll\u00E1mela.;"
                + "Vea a la Dra. P\u00E9rez, p. ej. Ibuprofeno. |Sr. L\u00F3pez, ll\u00E1mela.",
        "Prenez-le. \u00AB Bien \u00BB, dit Mme Roux. Voir M. Dupont.;"
                + "Prenez-le. |\u00AB Bien \u00BB, dit Mme Roux. |Voir M. Dupont.",
    })
    void splitsLikeAReader(String text, String expected) {
        List<String> sentences = Arrays.asList(expected.split("\\|", -1));
        assertEquals(sentences, SentenceBoundaries.split(text));
    }

    @Test
    void aLineBreakIsNotASentenceEndByItself() {
        assertEquals(List.of("Clinic\n12 Main Street"), SentenceBoundaries.split("Clinic\n12 Main Street"));
        assertEquals(List.of("Lie down.\n", "Then rest."), SentenceBoundaries.split("Lie down.\nThen rest."));
    }

    @Test
    void startsAreOffsetsAndTheFirstIsZero() {
        assertEquals(List.of(0, 7, 13), SentenceBoundaries.starts("Lie d. Rest. Go."));
        assertEquals(List.of(0), SentenceBoundaries.starts(""));
        assertEquals(List.of(0), SentenceBoundaries.starts("no end at all"));
    }

    @Test
    void aVeryLongParagraphSplitsWithoutRunningOutOfStack() {
        String sentence = "Take 2 tablets with water at 8 a.m. and wait. ";
        String paragraph = sentence.repeat(20_000);
        assertEquals(20_000, SentenceBoundaries.starts(paragraph).size());
    }
}
