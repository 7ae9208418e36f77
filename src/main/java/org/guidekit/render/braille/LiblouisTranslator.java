package org.guidekit.render.braille;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liblouis.DisplayException;
import org.liblouis.DisplayTable;
import org.liblouis.TranslationResult;
import org.liblouis.Translator;
import org.liblouis.Typeform;

/**
 * {@link BrailleTranslator} with liblouis: literary text through the guide's table with bold and italic as
 * typeforms (UEB bold and italic indicators), addresses through the uncontracted table after the grade 1 word
 * indicator, results as Unicode braille. Before a span is translated each of its characters is checked on its own:
 * liblouis writes a character it does not know as an escape such as {@code '\x5b57'} (with dots 7 and 8) or, in
 * the French tables, as a blank cell, either of which would reach the reader silently.
 */
final class LiblouisTranslator implements BrailleTranslator {
    private final Liblouis louis;
    private final BrailleTable table;
    private final Translator main;
    private final Translator computer;
    private final Optional<Typeform> bold;
    private final Optional<Typeform> italic;
    /** The most characters given to liblouis at once (see {@link #cuts}). */
    static final int PIECE = 2_000;
    /** Checked characters: true when the table has braille for them. */
    private final Map<String, Map<Integer, Boolean>> known;
    /** False for {@link #checking()}: characters are checked, nothing is translated. */
    private final boolean translates;

    LiblouisTranslator(Liblouis louis, BrailleTable table) {
        this.louis = louis;
        this.table = table;
        this.main = louis.table(table.main());
        this.computer = louis.table(table.computer());
        this.bold = typeform("bold");
        this.italic = typeform("italic");
        this.known = new HashMap<>();
        this.translates = true;
    }

    private LiblouisTranslator(LiblouisTranslator full) {
        this.louis = full.louis;
        this.table = full.table;
        this.main = full.main;
        this.computer = full.computer;
        this.bold = full.bold;
        this.italic = full.italic;
        this.known = full.known;
        this.translates = false;
    }

    /**
     * A translator that refuses exactly what this one refuses, and translates nothing: {@link #translate} checks
     * each character of the same runs against the same table, in the same order, as this one does before it calls
     * liblouis (the only refusal translating can make, an {@link UntranslatableException}), and returns no cells.
     * For the braille preflight of {@code check}, where liblouis itself (about 2 microseconds a character) was most
     * of the time on a long guide.
     */
    LiblouisTranslator checking() {
        return new LiblouisTranslator(this);
    }

    /** The table's typeform called {@code name}; asked under the lock, like every call into liblouis. */
    private Optional<Typeform> typeform(String name) {
        return louis.call(() -> main.getSupportedTypeforms().stream().filter(t -> t.getName().equals(name))
                .findFirst());
    }

    @Override
    public boolean marksEmphasis() {
        return bold.isPresent();
    }

    @Override
    public boolean ueb() {
        return table.ueb();
    }

    @Override
    public String translate(List<Span> spans) {
        StringBuilder braille = new StringBuilder();
        List<Span> run = new ArrayList<>();
        for (Span s : spans) {
            if (s.kind() == Span.Kind.TEXT) {
                run.add(s);
                continue;
            }
            braille.append(text(run));
            run.clear();
            switch (s.kind()) {
                case COMPUTER -> braille.append(table.computerIndicator())
                        .append(translate(computer, table.computer(), s.text(), null));
                case BRAILLE -> braille.append(s.text());
                case CHECK_BOX -> braille.append(table.checkBoxCells().orElseGet(
                        () -> translate(main, table.main(), table.checkBoxWord(), null)));
                case LINE_BREAK -> braille.append('\n');
                case TEXT -> throw new IllegalStateException("handled above");
            }
        }
        braille.append(text(run));
        return braille.toString();
    }

    /** Back-translation of Unicode braille with the guide's table, for proofreading. */
    String backTranslate(String braille) {
        return louis.call(() -> main.backTranslate(braille));
    }

    /** A run of literary text in one call, so that contractions and indicators see whole words. */
    private String text(List<Span> run) {
        if (run.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        List<Typeform> forms = new ArrayList<>();
        boolean plain = true;
        for (Span s : run) {
            text.append(s.text());
            Typeform form = switch (s.emphasis()) {
                case BOLD -> bold.orElse(Typeform.PLAIN_TEXT);
                case ITALIC -> italic.orElse(Typeform.PLAIN_TEXT);
                case NONE -> Typeform.PLAIN_TEXT;
            };
            plain &= form == Typeform.PLAIN_TEXT;
            for (int i = 0; i < s.text().length(); i++) {
                forms.add(form);
            }
        }
        // No emphasis at all: no typeforms, which liblouis treats alike and, on a very long run, much faster.
        String print = text.toString();
        if (!translates) {
            check(main, table.main(), print);
            return "";
        }
        return translate(main, table.main(), print, plain ? null : forms.toArray(new Typeform[0]),
                NoBreakCells.marks(print));
    }

    private String translate(Translator translator, String name, String text, Typeform[] forms) {
        return translate(translator, name, text, forms, null);
    }

    /**
     * @param keep null, or for each boundary between two characters of {@code text} 1 where the words on either
     *             side must stay on one line (see {@link NoBreakCells}); the blanks liblouis writes there become
     *             {@link NoBreakCells#NO_BREAK}
     */
    private String translate(Translator translator, String name, String text, Typeform[] forms, int[] keep) {
        check(translator, name, text);
        if (!translates) {
            return "";
        }
        StringBuilder braille = new StringBuilder();
        List<Integer> cuts = cuts(text, forms);
        for (int i = 0; i + 1 < cuts.size(); i++) {
            int from = cuts.get(i);
            int to = cuts.get(i + 1);
            String piece = text.substring(from, to);
            Typeform[] pieceForms = forms == null ? null : Arrays.copyOfRange(forms, from, to);
            int[] pieceKeep = keep == null || to - from < 2 ? null : Arrays.copyOfRange(keep, from, to - 1);
            TranslationResult result = louis.call(() -> translator.translate(piece, pieceForms, null, pieceKeep,
                    DisplayTable.StandardDisplayTables.UNICODE));
            braille.append(pieceKeep == null ? result.getBraille()
                    : NoBreakCells.apply(result.getBraille(), result.getInterCharacterAttributes()));
        }
        return braille.toString();
    }

    /**
     * Where a run of text is cut into the pieces liblouis translates one at a time: liblouis's time grows faster
     * than the length of what it is given (a one-paragraph guide of 100 KB took half a minute), so a run longer
     * than {@value #PIECE} characters is cut, each piece ending after the space that follows a sentence where one
     * is near, else after any space. Contractions work within words and no sentence of a real guide is that long,
     * so the braille is the same as for the whole run; only the capitals and emphasis passages (three words or
     * more) could see a cut, which is why a cut is never made inside emphasis or between two words in capitals.
     * A word longer than a piece (there is no space to cut at) is cut where it must be.
     *
     * @return the offsets of the cuts, from 0 to the length of {@code text}
     */
    static List<Integer> cuts(String text, Typeform[] forms) {
        List<Integer> cuts = new ArrayList<>(List.of(0));
        int start = 0;
        while (text.length() - start > PIECE) {
            int limit = start + PIECE;
            int cut = -1;
            int quiet = -1; // a space outside emphasis and capitals passages
            int space = -1;
            for (int i = limit - 1; i > start + PIECE / 2 && cut < 0; i--) {
                if (text.charAt(i) != ' ' || text.charAt(i + 1) == ' ') {
                    continue;
                }
                if (space < 0) {
                    space = i + 1;
                }
                if (!plain(forms, i) || capitalWord(text, i + 1) && capitalWordBefore(text, i)) {
                    continue;
                }
                if (quiet < 0) {
                    quiet = i + 1;
                }
                if (".!?".indexOf(text.charAt(i - 1)) >= 0) {
                    cut = i + 1;
                }
            }
            if (cut < 0) {
                cut = quiet > 0 ? quiet : space > 0 ? space
                        : Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
            }
            cuts.add(cut);
            start = cut;
        }
        cuts.add(text.length());
        return cuts;
    }

    /** True when the characters either side of the space at {@code i} carry no emphasis. */
    private static boolean plain(Typeform[] forms, int i) {
        return forms == null || (i == 0 || forms[i - 1] == Typeform.PLAIN_TEXT) && forms[i] == Typeform.PLAIN_TEXT
                && (i + 1 >= forms.length || forms[i + 1] == Typeform.PLAIN_TEXT);
    }

    /** True when the word starting at {@code from} has a capital letter and no small one. */
    private static boolean capitalWord(String text, int from) {
        boolean capital = false;
        for (int i = from; i < text.length() && text.charAt(i) != ' '; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capital |= Character.isUpperCase(c);
        }
        return capital;
    }

    /** {@link #capitalWord} for the word ending before the space at {@code space}. */
    private static boolean capitalWordBefore(String text, int space) {
        int from = space;
        while (from > 0 && text.charAt(from - 1) != ' ') {
            from--;
        }
        return from < space && capitalWord(text.substring(from, space), 0);
    }

    private void check(Translator translator, String name, String text) {
        Map<Integer, Boolean> checked = known.computeIfAbsent(name, n -> new HashMap<>());
        text.codePoints().filter(c -> c != ' ').forEach(c -> {
            boolean ok = checked.computeIfAbsent(c, k -> hasBraille(translator, k));
            if (!ok) {
                throw new UntranslatableException(c, name + " (" + table.language() + ")");
            }
        });
    }

    private boolean hasBraille(Translator translator, int codePoint) {
        String braille;
        try {
            braille = louis.call(() -> translator.translate(new String(Character.toChars(codePoint)), null, null,
                    null, DisplayTable.StandardDisplayTables.UNICODE).getBraille());
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof DisplayException) {
                return false;
            }
            throw e;
        }
        boolean dots = false;
        for (int i = 0; i < braille.length(); i++) {
            char c = braille.charAt(i);
            if (!AsciiBraille.isSixDot(c)) {
                return false;
            }
            dots |= c != AsciiBraille.BLANK;
        }
        return dots;
    }
}
