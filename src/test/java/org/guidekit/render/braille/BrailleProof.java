package org.guidekit.render.braille;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.model.Guide;
import org.guidekit.render.PrintPages;
import org.guidekit.render.RenderOptions;
import org.guidekit.render.pdf.LargePrintPdfRenderer;

/**
 * Proofreading a braille edition by reading it back: the guide's print words (from the transcription) against
 * the words liblouis back-translates from the BRF's own lines, in order.
 */
final class BrailleProof {
    private static final Pattern WORD = Pattern.compile("\\p{L}+|\\p{N}+");
    /** How far ahead a print word is looked for in the read-back text, so one loss does not hide the rest. */
    private static final int WINDOW = 40;

    private BrailleProof() {
    }

    /** The BRF text of {@code guide}, with the print page numbers of its large-print handout. */
    static String brf(Guide guide, RenderOptions options) {
        return new String(BrfWriter.write(BrailleRenderer.pages(guide, options, printPages(guide, options))),
                StandardCharsets.US_ASCII);
    }

    /** Where the pages of {@code guide}'s large-print handout begin, for {@code options}. */
    static PrintPages printPages(Guide guide, RenderOptions options) {
        return new LargePrintPdfRenderer().pages(guide, options);
    }

    /** The print words of the guide in braille reading order (title page, labels and notes included). */
    static List<String> printWords(Guide guide, RenderOptions options) {
        LiblouisTranslator t = BrailleRenderer.translator(guide, options.brailleGrade());
        List<String> words = new ArrayList<>();
        for (Placement p : GuideTranscriber.transcribe(guide, t, options.brailleCells(),
                printPages(guide, options))) {
            if (p instanceof Placement.Text text) {
                words.addAll(words(text.print()));
            }
        }
        return words;
    }

    /**
     * UEB bold and italic indicators (dots 45 or 46 before dots 2, 23, 2356 or 3). liblouis 3.19 (and Debian's
     * 3.24) cannot back-translate them: it prints them as {@code \45/} and then misreads the wordsign after them
     * ("not" comes back as "n"). The words test reads the BRF with them removed; that they are right is checked
     * apart.
     */
    static final Pattern TYPEFORM_INDICATORS = Pattern.compile("[\u2818\u2828][\u2802\u2806\u2836\u2804]");

    /** The BRF read back by liblouis (the same binding and table), one line of text per BRF line. */
    static List<String> readBack(Guide guide, RenderOptions options, String brf) {
        LiblouisTranslator t = BrailleRenderer.translator(guide, options.brailleGrade());
        List<String> out = new ArrayList<>();
        for (String line : brf.replace("\f", "").split("\r\n")) {
            String cells = TYPEFORM_INDICATORS.matcher(AsciiBraille.toUnicode(line)).replaceAll("");
            out.add(t.backTranslate(cells));
        }
        return out;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Print words not found, in order, in the read-back words; each with the words around it. */
    record Survival(int total, List<String> lost) {
        /** The lost words liblouis's reading explains (see {@link #KNOWN_READ_BACK_LOSSES}). */
        List<String> unexplained() {
            return lost.stream().filter(l -> !KNOWN_READ_BACK_LOSSES.containsKey(l.substring(0, l.indexOf(' '))))
                    .toList();
        }

        double rate() {
            return total == 0 ? 1 : (total - lost.size()) / (double) total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d of %d words survive (%.2f %%)%s", total - lost.size(), total,
                    100 * rate(), lost.isEmpty() ? "" : "; lost: " + lost);
        }
    }

    /**
     * Words liblouis translates right but reads back wrong, with why (checked by hand in the proof sheets).
     */
    static final java.util.Map<String, String> KNOWN_READ_BACK_LOSSES = java.util.Map.of(
            "again", "the shortform for \"again\" before a semicolon (ag2) is read back as \"ag;\"",
            "enough", "the wordsign for \"enough\" (dots 26) standing alone is read back as the groupsign \"en\"");

    static Survival survival(List<String> print, List<String> readBack) {
        List<String> lost = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < print.size(); i++) {
            String w = print.get(i);
            int found = -1;
            for (int j = at; j < Math.min(readBack.size(), at + WINDOW); j++) {
                if (readBack.get(j).equals(w)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                lost.add(w + " (after \"" + String.join(" ", print.subList(Math.max(0, i - 3), i)) + "\")");
            } else {
                at = found + 1;
            }
        }
        return new Survival(print.size(), lost);
    }
}
