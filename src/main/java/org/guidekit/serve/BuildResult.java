package org.guidekit.serve;

import java.util.List;
import java.util.regex.Pattern;

import org.guidekit.error.ContentException;
import org.guidekit.error.GuidekitException;
import org.guidekit.error.Problem;

/**
 * How the workspace's last build ended, in the words the build page says it: a guide that was not built comes
 * first, with its title and what is wrong in plain words (no command lines, no paths of this computer), and "has
 * finished" is said only when every guide was built.
 *
 * @param guides   how many guides the build looked at
 * @param notBuilt the guides that were not built, in the order the build met them
 */
record BuildResult(int guides, List<NotBuilt> notBuilt) {
    /**
     * A guide the build could not make.
     *
     * @param file   its file name in the content folder, e.g. "using-your-inhaler.md"
     * @param title  its title, or its file name when it could not be read
     * @param reason what is wrong, e.g. "a link to a site that is not approved, line 66"
     */
    record NotBuilt(String file, String title, String reason) {
    }

    /** Absolute paths left in a message (a folder or file of this computer), to be shown by their last name. */
    private static final Pattern ABSOLUTE_PATH = Pattern.compile("(?<![\\w.:/])/(?:[\\w.@+-]+/)+([\\w.@+-]+)");
    private static final Pattern RULE_NAME = Pattern.compile("^\\[[a-z0-9-]+\\] ");

    BuildResult {
        notBuilt = List.copyOf(notBuilt);
    }

    boolean ok() {
        return notBuilt.isEmpty();
    }

    /** The sentence the page announces when the build ends. */
    String summary() {
        if (ok()) {
            return guides == 0 ? "The build has finished: there are no guides in the content folder."
                    : "The build has finished: every guide is built.";
        }
        StringBuilder b = new StringBuilder();
        b.append(notBuilt.size()).append(notBuilt.size() == 1 ? " guide was not built: " : " guides were not built: ");
        for (int i = 0; i < notBuilt.size(); i++) {
            NotBuilt n = notBuilt.get(i);
            b.append(i == 0 ? "" : "; ").append(n.title()).append(": ").append(n.reason());
        }
        b.append('.');
        if (guides > notBuilt.size()) {
            b.append(" The other ").append(guides - notBuilt.size() == 1 ? "guide is" : "guides are").append(" built.");
        }
        return b.toString();
    }

    /**
     * What is wrong, in plain words: for a content problem its first finding without the rule's name or the advice
     * for the command line, with its line; for anything else the message with paths shortened to their names.
     */
    static String reason(GuidekitException e) {
        if (e instanceof ContentException c && !c.problems().isEmpty()) {
            Problem first = c.problems().get(0);
            String what = RULE_NAME.matcher(first.message()).replaceFirst("");
            int advice = what.indexOf("; ");
            what = advice > 0 ? what.substring(0, advice) : what;
            int more = c.problems().size() - 1;
            String file = java.nio.file.Path.of(first.file()).getFileName().toString();
            // a guide's own problem needs only its line; one in a settings file names that file
            String where = file.endsWith(".md") ? "" : " in " + file;
            return withoutPaths(what) + where + (first.line() > 0 ? ", line " + first.line() : "")
                    + (more == 0 ? "" : more == 1 ? " (and 1 more problem)" : " (and " + more + " more problems)");
        }
        String m = e.getMessage() == null ? "it could not be built" : e.getMessage();
        int advice = m.indexOf("; run guidekit");
        return withoutPaths(advice > 0 ? m.substring(0, advice) : m);
    }

    private static String withoutPaths(String s) {
        return ABSOLUTE_PATH.matcher(s).replaceAll("$1");
    }
}
