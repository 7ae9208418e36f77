package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.model.Emphasis;
import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.Strong;
import org.guidekit.model.Text;

/**
 * A whole paragraph in bold or italics: when everything is stressed nothing is, large print loses its contrast,
 * and a bold line standing alone is often a heading in disguise that screen readers cannot jump to.
 *
 * <p>A bold lead-in ("**Lay the person on their back.** Tilt the head back.") is how good leaflets write steps, and
 * in a list of such steps one step can be its lead-in alone ("**Call 911 right away.**"): a list item wholly in
 * bold next to an item that opens with a bold lead-in is part of that style, not a stressed paragraph.
 */
final class EmphasisRule implements Rule {
    static final String ID = "emphasis-paragraph";
    /** A short bold label ("Important:") is tolerated; longer stressed text is not. */
    static final int MIN_WORDS = 4;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<TextUnit> units = context.units();
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            if (u.kind().isProse() && allStressed(u.content()) && Sentences.words(u.text()).size() >= MIN_WORDS
                    && !inListOfLeadIns(units, i)) {
                found.add(context.finding(ID, Severity.WARNING, u.line(), "the whole paragraph \""
                        + ReadingGradeRule.shorten(u.text().strip()) + "\" is in bold or italics",
                        "stress only the key words, or make it a ## heading or a > [!IMPORTANT] callout"));
            }
        }
        return found;
    }

    /** A list item whose item before or after (the units next to it, list items too) opens with a bold lead-in. */
    private static boolean inListOfLeadIns(List<TextUnit> units, int i) {
        if (units.get(i).kind() != TextUnit.Kind.LIST_ITEM) {
            return false;
        }
        return (i > 0 && isLeadIn(units.get(i - 1))) || (i + 1 < units.size() && isLeadIn(units.get(i + 1)));
    }

    /** A list item that starts with bold or italic text and goes on in plain text. */
    private static boolean isLeadIn(TextUnit u) {
        List<Inline> content = u.content();
        return u.kind() == TextUnit.Kind.LIST_ITEM && !content.isEmpty()
                && (content.get(0) instanceof Strong || content.get(0) instanceof Emphasis)
                && !allStressed(content);
    }

    private static boolean allStressed(List<Inline> content) {
        boolean any = false;
        for (Inline in : content) {
            if (in instanceof Strong || in instanceof Emphasis) {
                any = true;
            } else if (!(in instanceof Text t && Inlines.plainText(List.of(t)).isBlank())) {
                return false;
            }
        }
        return any;
    }
}
