package org.guidekit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.check.InformationToken.Part;
import org.guidekit.check.InformationToken.Type;
import org.guidekit.check.ReadingAlignment.Placed;
import org.guidekit.check.ReadingAlignment.Slot;

/**
 * The voice says what the page says: every phone number, dose, range, date, time, temperature, blood pressure,
 * lab value and number in the printed text is compared with the words the voice really says for it (from
 * {@link VoiceWords}), and each one said otherwise is reported at its line with what the voice will say. A wrong
 * phone number or dose is an error (a patient dials or takes what they hear); any other is a warning.
 */
final class SpokenReadingRule implements Rule {
    static final String ID = "spoken-reading";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");

    /** What the English voice says: a guide in another language gets no English-voice findings. */
    @Override
    public Scope scope() {
        return Scope.ENGLISH_VOICE;
    }

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        if (context.settings().voiceWords().isEmpty()) {
            return List.of();
        }
        Verification v = verify(context, true);
        Map<String, Mismatch> grouped = new LinkedHashMap<>();
        for (Mismatch m : v.mismatches()) {
            grouped.merge(m.line() + "\u0000" + m.message(), m, (a, b) -> a.plusOne());
        }
        List<Finding> found = new ArrayList<>();
        for (Mismatch m : grouped.values()) {
            Severity severity = m.token().type() == Type.OTHER ? Severity.WARNING : Severity.ERROR;
            found.add(context.finding(ID, severity, m.line(), m.message() + (m.count() > 1 ? " (" + m.count()
                    + " times)" : ""), "it should say '" + m.expected() + "': the printed copy is right but the "
                    + "recording is not; write it another way (" + hint(m.token()) + ") and check again, and "
                    + "tell guidekit's maintainers"));
        }
        return found;
    }

    private static String hint(InformationToken t) {
        return switch (t.type()) {
            case PHONE -> "for example with the number as well as its letters, or the digits in words";
            case DOSE -> "for example the number in words";
            case OTHER -> "for example in words";
        };
    }

    /** One piece of information the voice says wrong. */
    record Mismatch(InformationToken token, int line, String message, String expected, String said, int count) {
        Mismatch plusOne() {
            return new Mismatch(token, line, message, expected, said, count + 1);
        }
    }

    /**
     * What the verifier found in one guide, for the rule and for the published figures.
     *
     * @param words      the words the voice says
     * @param tokens     every piece of information on the page it checked (a column name once, though it is checked
     *                   with every row)
     * @param mismatches those the voice says wrong
     */
    record Verification(int words, List<InformationToken> tokens, List<Mismatch> mismatches) {
    }

    /** Compares the page and the voice, element by element. */
    static Verification verify(CheckContext context) {
        return verify(context, false);
    }

    /**
     * @param onlyInformation ask the voice only for the elements that print a piece of information (the check:
     *                        nothing else can be misread); false for the figures, which count every word said
     */
    static Verification verify(CheckContext context, boolean onlyInformation) {
        Map<String, List<PrintedElements.Segment>> printed = PrintedElements.of(context.guide());
        InformationTokens reader = InformationTokens.forLanguage(context.guide().metadata().language());
        int words = 0;
        List<InformationToken> tokens = new ArrayList<>();
        List<Mismatch> mismatches = new ArrayList<>();
        // Asked once per sentence of an element: answered once per element.
        Map<String, Boolean> informative = new java.util.HashMap<>();
        java.util.function.BiPredicate<String, Integer> wanted = !onlyInformation ? (e, c) -> true
                : (e, c) -> informative.computeIfAbsent(PrintedElements.key(e, c), key -> {
                    List<PrintedElements.Segment> segments = printed.get(key);
                    return segments != null && segments.stream().anyMatch(s -> !reader.find(s.text()).isEmpty());
                });
        for (VoiceWords.Said said : joined(context.settings().voiceWords().get().said(context.guide(),
                context.settings().pronunciations(), wanted))) {
            // FreeTTS marks a letter said by its name with an underscore ("_a" in "a m"); a word with no letter or
            // digit ("/", "–") has no sound
            List<String> heard = said.words().stream().map(w -> w.toLowerCase(Locale.ROOT).replaceFirst("^_", ""))
                    .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
            words += heard.size();
            List<PrintedElements.Segment> segments = printed.get(PrintedElements.key(said.element(), said.cell()));
            if (segments == null) {
                continue; // said but not printed: the closing line, a table's row count
            }
            List<Slot> slots = new ArrayList<>();
            List<InformationToken> found = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int k = 0; k < segments.size(); k++) {
                PrintedElements.Segment s = segments.get(k);
                int at = 0;
                for (InformationToken t : reader.find(s.text())) {
                    plainWords(s.text().substring(at, t.start()), slots);
                    slots.add(new Slot(t.reading(), true));
                    found.add(t);
                    lines.add(s.line());
                    if (said.cell() == 0 || k > 0) {
                        tokens.add(t); // a column name said again in every row is counted once, with the table
                    }
                    at = t.end();
                }
                plainWords(s.text().substring(at), slots);
            }
            if (found.isEmpty()) {
                continue;
            }
            List<Placed> placed = ReadingAlignment.align(slots, heard);
            for (int k = 0; k < found.size(); k++) {
                Placed p = placed.get(k);
                if (!p.right()) {
                    mismatches.add(mismatch(found.get(k), lines.get(k), heard.subList(p.from(), p.to())));
                }
            }
        }
        return new Verification(words, tokens, mismatches);
    }

    /** The sentences of one paragraph, said one after another, are compared with the paragraph as a whole. */
    private static List<VoiceWords.Said> joined(List<VoiceWords.Said> said) {
        List<VoiceWords.Said> joined = new ArrayList<>();
        for (VoiceWords.Said s : said) {
            VoiceWords.Said last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.element().equals(s.element()) && last.cell() == s.cell()) {
                List<String> words = new ArrayList<>(last.words());
                words.addAll(s.words());
                joined.set(joined.size() - 1, new VoiceWords.Said(s.element(), s.cell(), words));
            } else {
                joined.add(s);
            }
        }
        return joined;
    }

    private static void plainWords(String text, List<Slot> slots) {
        Matcher m = WORD.matcher(text.replace('\u2019', '\''));
        while (m.find()) {
            slots.add(new Slot(Reading.of(m.group().toLowerCase(Locale.ROOT)), false));
        }
    }

    /** Names the one part said wrong when there is one ("1222 in 1-800-222-1222"), else the whole. */
    private static Mismatch mismatch(InformationToken t, int line, List<String> said) {
        String what = t.printed();
        String heard = String.join(" ", said);
        String expected = t.reading().canonical();
        if (t.parts().size() > 1) {
            List<Slot> slots = t.parts().stream().map(p -> new Slot(p.reading(), true)).toList();
            List<Placed> placed = ReadingAlignment.align(slots, said);
            List<Integer> wrong = new ArrayList<>();
            for (int k = 0; k < placed.size(); k++) {
                if (!placed.get(k).right()) {
                    wrong.add(k);
                }
            }
            if (wrong.size() == 1) {
                int k = wrong.get(0);
                Part p = t.parts().get(k);
                // everything between the neighbouring parts that were said right is what was said for this one
                int from = k == 0 ? 0 : placed.get(k - 1).to();
                int to = k == placed.size() - 1 ? said.size() : placed.get(k + 1).from();
                heard = String.join(" ", said.subList(from, Math.max(from, to)));
                String part = p.printed().strip();
                what = (part.matches(".*[\\p{L}\\p{N}].*") ? part : "the dash") + " in " + t.printed();
            }
        }
        return new Mismatch(t, line, message(heard, what), expected, heard, 1);
    }

    private static String message(String heard, String what) {
        return heard.isEmpty() ? "the voice will say nothing for " + what
                : "the voice will say '" + heard + "' for " + what;
    }
}
