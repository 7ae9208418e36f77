package org.guidekit.error;

import java.util.List;
import java.util.stream.Collectors;

/** A guide that cannot be read into the model; carries every problem found (exit code 3). */
public final class ContentException extends GuidekitException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), null);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
    }

    public ContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public int exitCode() {
        return ExitCode.INVALID_CONTENT;
    }
}
