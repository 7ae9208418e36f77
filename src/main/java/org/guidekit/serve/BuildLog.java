package org.guidekit.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The log of the workspace's build: its lines so far and the browsers following it. Every follower gets every line
 * once, in order, then "done", whenever it joins: joining, adding a line and finishing exclude each other. (They
 * did not: a browser that joined as a build ended could get "done" in the middle of its replay of the earlier
 * lines, and a browser stops listening at "done", so it showed some lines and not others.)
 */
final class BuildLog {
    /** Someone following the log, such as a browser's event stream. */
    interface Follower {
        void line(String line);

        /** The log has ended with {@code ending}, the sentence that says how. */
        void done(String ending);
    }

    private final List<String> lines = new ArrayList<>();
    // Copy-on-write: a follower whose connection fails while a line is sent to it unfollows during that loop.
    private final List<Follower> followers = new CopyOnWriteArrayList<>();
    private boolean open;
    private String ending = "";

    /** Starts a new log, unless one is open; returns false when one is. */
    synchronized boolean start() {
        if (open) {
            return false;
        }
        open = true;
        lines.clear();
        return true;
    }

    synchronized boolean open() {
        return open;
    }

    synchronized void add(String line) {
        lines.add(line);
        for (Follower f : followers) {
            f.line(line);
        }
    }

    /** Ends the log with the sentence that says how it ended: every follower gets it and is let go. */
    synchronized void finish(String ending) {
        open = false;
        this.ending = ending;
        for (Follower f : followers) {
            f.done(ending);
        }
        followers.clear();
    }

    /** The lines so far, then each new one, then "done" (at once when the log is not open). */
    synchronized void follow(Follower f) {
        for (String line : lines) {
            f.line(line);
        }
        if (open) {
            followers.add(f);
        } else {
            f.done(ending);
        }
    }

    void unfollow(Follower f) {
        followers.remove(f);
    }

    /** Lets every follower go without "done" (the server is stopping). */
    void unfollowAll() {
        followers.clear();
    }

    /** How the last log ended ("" while the first is open or before any). */
    synchronized String ending() {
        return ending;
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
