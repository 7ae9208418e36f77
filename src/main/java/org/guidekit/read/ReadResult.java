package org.guidekit.read;

import java.util.List;
import java.util.Optional;

import org.guidekit.error.Problem;
import org.guidekit.model.Guide;

/**
 * What reading one guide gave: the guide as far as it could be built (blocks with problems left out; the file name
 * stands in for a title that could not be read) and every problem found. The guide is empty only when the body
 * could not be parsed at all (not text, no front matter, over a limit), so the content checks can still run on the
 * rest of a file that has one structure error.
 *
 * @param guide    the (partial, when there are problems) guide
 * @param problems every problem, in the order found; empty when the guide read cleanly
 */
public record ReadResult(Optional<Guide> guide, List<Problem> problems) {
    public ReadResult {
        problems = List.copyOf(problems);
        if (guide.isEmpty() && problems.isEmpty()) {
            throw new IllegalArgumentException("no guide and no problem");
        }
    }

    static ReadResult failed(List<Problem> problems) {
        return new ReadResult(Optional.empty(), problems);
    }
}
