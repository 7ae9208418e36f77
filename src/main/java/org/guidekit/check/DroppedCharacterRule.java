package org.guidekit.check;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Characters the voice skips without a sound: emoji, bullets, ≥, ½, µ, ° and other symbols. What they meant is
 * lost for a listener ("250 µg" is heard as "250 g"), so each is named with what to write instead.
 * Typographic quotes and dashes and accented letters are not flagged: the speech normaliser folds them.
 */
final class DroppedCharacterRule extends PieceRule<TextUnit> {
    static final String ID = "speech-dropped-char";
    /** Folded by the speech normaliser, or said as words (the check box U+2610 as "check box"). */
    private static final String FOLDED = "\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00A0\u2610";
    private static final Map<Integer, String> INSTEAD = Map.of(
            (int) '\u00B5', "write mcg", (int) '\u00B0', "write \"degrees\"", (int) '\u00BD', "write \"half\" or 1/2",
            (int) '\u2265', "write \"or more\"", (int) '\u2264', "write \"or less\"", (int) '\u2022',
            "start the line with - to make a list", (int) '+', "write \"plus\" or \"or more\"");

    /** Symbols the speech normaliser says right where they stand: 38°C, 100.4 °F, 250 µg. */
    private static final java.util.regex.Pattern SPOKEN_IN_CONTEXT = java.util.regex.Pattern.compile(
            "(?<=\\d)\\s?\u00B0\\s?[FC]\\b|(?<=\\d)\\s?[\u00B5\u03BC]g\\b");

    DroppedCharacterRule() {
        super(CheckContext::units, ID);
    }

    @Override
    void check(TextUnit u, Findings found) {
        Set<Integer> dropped = new LinkedHashSet<>();
        String text = SPOKEN_IN_CONTEXT.matcher(u.text()).replaceAll("");
        text.codePoints().filter(DroppedCharacterRule::isDropped).forEach(dropped::add);
        if (dropped.isEmpty()) {
            return;
        }
        String names = dropped.stream().map(DroppedCharacterRule::describe).collect(Collectors.joining(", "));
        String instead = dropped.stream().map(INSTEAD::get).filter(s -> s != null).distinct()
                .collect(Collectors.joining("; "));
        boolean one = dropped.size() == 1;
        found.add(Severity.WARNING, u.line(), names + (one ? " is" : " are") + " not spoken by the voice",
                instead.isEmpty() ? (one ? "remove it" : "remove them") + " or write what "
                        + (one ? "it means" : "they mean") + " in words" : instead);
    }

    static boolean isDropped(int cp) {
        if (cp == '+') {
            return true;
        }
        if (cp < 0x80 || FOLDED.indexOf(cp) >= 0) {
            return false;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || cp == 0xFE0F || cp == 0xFE0E) {
            return false; // invisible joiners and emoji variation selectors: the visible emoji is named instead
        }
        if (Character.isLetter(cp)) {
            String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
            return base.charAt(0) >= 0x80; // accented Latin letters fold to ASCII; µ and other scripts do not
        }
        return !Character.isWhitespace(cp);
    }

    private static String describe(int cp) {
        String name = Character.getName(cp);
        return "\"" + new String(Character.toChars(cp)) + "\"" + (name == null ? ""
                : " (" + name.toLowerCase(Locale.ROOT) + ")");
    }

    @Override
    public Scope scope() {
        return Scope.ENGLISH_VOICE;
    }
}
