package org.guidekit.cli;

import org.guidekit.render.Paper;

/** {@code --paper letter|a4}, and the {@code paper:} of {@code guidekit.yaml}: the words for {@link Paper}. */
final class PaperChoice extends Choice<Paper> {
    PaperChoice() {
        super(lowerCaseNames(Paper.values()));
    }

    @Override
    String unknown(String typed) {
        return "--paper \"" + typed + "\" is not a paper size; choose " + alternatives();
    }
}
