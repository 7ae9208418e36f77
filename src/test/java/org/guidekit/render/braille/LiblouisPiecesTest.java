package org.guidekit.render.braille;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liblouis.DisplayTable;
import org.liblouis.Translator;
import org.liblouis.Typeform;

/**
 * A long run of text is translated in pieces of at most {@link LiblouisTranslator#PIECE} characters, so braille
 * takes time in proportion to the guide's length; the pieces give the braille the whole run gives.
 */
class LiblouisPiecesTest {
    private static final BrailleTable TABLE = BrailleTable.forLanguage("en-US", 2).orElseThrow();

    /** Prose modelled on a back-care leaflet, with numbers, capitals, emphasis and an address, several pieces long. */
    private static List<Span> prose() {
        String[] sentences = {"Wrap an ice pack in a thin towel and put it on the sore area for 15 to 20 minutes.",
            "CALL 911 RIGHT AWAY if you cannot feel your legs.", "Heat relaxes tight muscles after 2 days.",
            "Take ibuprofen (Advil) 400 mg every 6 hours with food, no more than 1,200 mg a day.",
            "Do not lift anything heavier than 10 pounds; bend your knees and keep your back straight."};
        List<Span> spans = new ArrayList<>();
        int length = 0;
        for (int i = 0; length < 3 * LiblouisTranslator.PIECE; i++) {
            String s = sentences[i % sentences.length] + " ";
            if (i % 7 == 3) {
                spans.add(new Span("Stop and rest ", Span.Kind.TEXT, Span.Emphasis.BOLD));
                spans.add(new Span("when the pain gets worse. ", Span.Kind.TEXT, Span.Emphasis.BOLD));
            }
            spans.add(Span.text(s));
            length += s.length();
        }
        spans.add(Span.text("The end."));
        return spans;
    }

    private static Typeform bold() {
        Liblouis louis = Liblouis.get();
        return louis.call(() -> louis.table(TABLE.main()).getSupportedTypeforms().stream()
                .filter(t -> t.getName().equals("bold")).findFirst().orElseThrow());
    }

    @Test
    void piecesGiveTheBrailleOfTheWholeRun() {
        Liblouis louis = Liblouis.get();
        LiblouisTranslator translator = new LiblouisTranslator(louis, TABLE);
        List<Span> spans = prose();
        String braille = translator.translate(spans);

        StringBuilder text = new StringBuilder();
        List<Typeform> forms = new ArrayList<>();
        Typeform bold = bold();
        for (Span s : spans) {
            text.append(s.text());
            s.text().chars().forEach(c -> forms.add(s.emphasis() == Span.Emphasis.BOLD ? bold : Typeform.PLAIN_TEXT));
        }
        Translator main = louis.table(TABLE.main());
        String whole = louis.call(() -> main.translate(text.toString(), forms.toArray(new Typeform[0]), null, null,
                DisplayTable.StandardDisplayTables.UNICODE).getBraille());
        assertTrue(LiblouisTranslator.cuts(text.toString(), forms.toArray(new Typeform[0])).size() > 3,
                "the run is translated in several pieces");
        // Pieces of information ("20 minutes") keep their words together with no-break blanks: the same cells.
        assertEquals(whole, braille.replace(NoBreakCells.NO_BREAK, AsciiBraille.BLANK));
    }

    @Test
    void aRunOfAnyLengthIsCutIntoBoundedPiecesAtSpaces() {
        String sentence = "Rest your back for one or two days. ";
        String text = sentence.repeat(2_000_000 / sentence.length());
        List<Integer> cuts = LiblouisTranslator.cuts(text, null);
        for (int i = 1; i < cuts.size(); i++) {
            int length = cuts.get(i) - cuts.get(i - 1);
            assertTrue(length <= LiblouisTranslator.PIECE, "piece " + i + " is " + length + " characters");
            if (i + 1 < cuts.size()) {
                assertTrue(length > LiblouisTranslator.PIECE / 2, "piece " + i + " is " + length + " characters");
                assertEquals(' ', text.charAt(cuts.get(i) - 1), "piece " + i + " ends after a space");
                assertEquals('.', text.charAt(cuts.get(i) - 2), "piece " + i + " ends after a sentence");
            }
        }
        assertEquals(text.length(), (int) cuts.get(cuts.size() - 1));
    }

    @Test
    void aWordLongerThanAPieceIsCutAllTheSame() {
        String text = "a".repeat(LiblouisTranslator.PIECE * 2 + 5);
        assertEquals(List.of(0, LiblouisTranslator.PIECE, 2 * LiblouisTranslator.PIECE, text.length()),
                LiblouisTranslator.cuts(text, null));
    }

    @Test
    void noCutFallsBetweenWordsInCapitalsOrInsideEmphasis() {
        String before = "Rest your back. ".repeat(LiblouisTranslator.PIECE / 16 - 2);
        String text = before + "CALL 911 RIGHT AWAY IF YOU CANNOT FEEL YOUR LEGS. " + "Rest your back. ".repeat(200);
        int cut = LiblouisTranslator.cuts(text, null).get(1);
        assertEquals(before.length(), cut, "the cut falls before the words in capitals");

        Typeform[] forms = new Typeform[text.length()];
        java.util.Arrays.fill(forms, Typeform.PLAIN_TEXT);
        java.util.Arrays.fill(forms, before.length() - 100, before.length() + 100, bold());
        int boldCut = LiblouisTranslator.cuts(text, forms).get(1);
        assertTrue(boldCut <= before.length() - 100, "the cut at " + boldCut + " falls before the bold words");

        String shouting = "STOP ".repeat(LiblouisTranslator.PIECE);
        for (int c : LiblouisTranslator.cuts(shouting, null)) {
            assertTrue(c == 0 || shouting.charAt(c - 1) == ' ', "with only capitals, still cut at a space: " + c);
        }
    }
}
