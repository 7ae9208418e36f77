package org.guidekit.read;

import java.util.ArrayList;
import java.util.List;

import org.guidekit.error.ContentException;
import org.guidekit.error.Problem;

/** Collects the problems of one file so that a check reports all of them, not just the first. */
final class Problems {
    /** Enough to fix a file in one go without flooding the terminal with a pasted web page's errors. */
    private static final int MAX = 50;
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(int line, String message) {
        if (list.size() < MAX) {
            list.add(new Problem(file, line, message));
        }
    }

    List<Problem> list() {
        return List.copyOf(list);
    }

    int size() {
        return list.size();
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws if anything was found. */
    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ContentException(list);
        }
    }
}
