package org.guidekit.check;

import java.util.List;

import org.guidekit.model.Emphasis;
import org.guidekit.model.Inline;
import org.guidekit.model.Inlines;
import org.guidekit.model.Strong;
import org.guidekit.model.Text;

/**
 * A whole paragraph in bold or italics: when everything is stressed nothing is, large print loses its contrast,
 * and a bold line standing alone is often a heading in disguise that screen readers cannot jump to.
 */
final class EmphasisRule extends PieceRule<TextUnit> {
    static final String ID = "emphasis-paragraph";
    /** A short bold label ("Important:") is tolerated; longer stressed text is not. */
    static final int MIN_WORDS = 4;

    EmphasisRule() {
        super(CheckContext::units, ID);
    }

    @Override
    void check(TextUnit u, Findings found) {
        if (u.kind().isProse() && allStressed(u.content()) && Sentences.words(u.text()).size() >= MIN_WORDS) {
            found.add(Severity.WARNING, u.line(), "the whole paragraph \"" + ReadingGradeRule.shorten(u.text().strip())
                    + "\" is in bold or italics",
                    "stress only the key words, or make it a ## heading or a > [!IMPORTANT] callout");
        }
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
