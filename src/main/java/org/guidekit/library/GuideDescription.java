package org.guidekit.library;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.model.Block;
import org.guidekit.model.Guide;
import org.guidekit.model.Inlines;
import org.guidekit.model.Paragraph;
import org.guidekit.model.Section;

/** The line under a guide's title on the library page: its {@code summary:}, else its first sentence. */
final class GuideDescription {
    private static final int MAX = 200;
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s|$)");

    private GuideDescription() {
    }

    static String of(Guide guide) {
        return guide.metadata().summary().orElseGet(() -> firstSentence(guide));
    }

    private static String firstSentence(Guide guide) {
        String text = firstParagraph(guide).replaceAll("\\s+", " ").strip();
        Matcher m = FIRST_SENTENCE.matcher(text);
        String sentence = m.find() ? m.group(1) : text;
        if (sentence.length() <= MAX) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX - 1);
        return sentence.substring(0, cut > 0 ? cut : MAX - 1) + "…";
    }

    private static String firstParagraph(Guide guide) {
        for (Block b : guide.intro()) {
            if (b instanceof Paragraph p) {
                return Inlines.plainText(p.content());
            }
        }
        for (Section s : guide.allSections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    return Inlines.plainText(p.content());
                }
            }
        }
        return guide.metadata().subtitle().orElse("");
    }
}
