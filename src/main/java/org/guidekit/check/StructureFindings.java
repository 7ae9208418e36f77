package org.guidekit.check;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.error.Problem;

/**
 * Turns the reader's problems (a guide that cannot be read into the model: skipped heading levels, missing alt
 * text, raw HTML…) into error findings with rule id {@code structure}, so one report shows everything.
 */
public final class StructureFindings {
    public static final String ID = "structure";

    private StructureFindings() {
    }

    /** One error finding per problem; the problem's "what is wrong; what to do" is split at the first "; ". */
    public static List<Finding> of(List<Problem> problems) {
        List<Finding> found = new ArrayList<>();
        for (Problem p : problems) {
            String message = p.message();
            int split = message.indexOf("; ");
            String what = split < 0 ? message : message.substring(0, split);
            String action = split < 0 ? "" : message.substring(split + 2);
            found.add(new Finding(ID, Severity.ERROR, p.file(), Math.max(0, p.line()), what, action));
        }
        return found;
    }
}
