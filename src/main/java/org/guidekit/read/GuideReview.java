package org.guidekit.read;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.guidekit.error.ContentException;
import org.guidekit.error.Problem;

/**
 * A clinician's sign-off of a guide, kept in its own front matter so it travels with the file: the date
 * ({@code reviewed:}), the reviewer ({@code reviewed-by:}) and the version of the text that was reviewed
 * ({@code reviewed-version:}, a digest of everything but these three lines). A guide whose text no longer has that
 * version was changed since its review ({@link org.guidekit.model.Metadata#changedSinceReview()}).
 *
 * <pre>{@code String signed = GuideReview.signOff(text, "content/inhaler.md", LocalDate.now(), "Dr. Ana Ruiz");}</pre>
 */
public final class GuideReview {
    /** The review's own lines: unindented keys, so a nested key or a # note is never taken for one. */
    private static final Pattern REVIEW_LINE = Pattern.compile("^(reviewed|reviewed-by|reviewed-version)\\s*:.*");
    /** Longest reviewer's name: a name and a title, not a paragraph. */
    static final int MAX_NAME = 80;

    private GuideReview() {
    }

    /**
     * The guide's text signed off today by {@code reviewer}: earlier review lines are replaced and the three lines
     * added at the end of the front matter; the rest of the file is unchanged.
     *
     * @throws ContentException when the file has no front matter that closes, or the name is empty, too long or
     *                          has a line break
     */
    public static String signOff(String text, String file, LocalDate date, String reviewer) {
        String name = reviewer == null ? "" : reviewer.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new ContentException(new Problem(file, 0, name.isEmpty() ? "give the reviewer's name, e.g. "
                    + "Dr. Ana Ruiz" : "the reviewer's name must be one line of at most " + MAX_NAME + " characters"));
        }
        FrontMatter.split(SourceText.fromBytes(text.getBytes(StandardCharsets.UTF_8), file), file); // it must close
        String[] lines = text.split("\n", -1);
        int close = 1;
        while (!lines[close].strip().equals("---") && !lines[close].strip().equals("...")) {
            close++;
        }
        String eol = lines[0].endsWith("\r") ? "\r" : "";
        List<String> out = new ArrayList<>();
        out.add(lines[0]);
        for (int i = 1; i < close; i++) {
            if (!REVIEW_LINE.matcher(lines[i].replace("\r", "")).matches()) {
                out.add(lines[i]);
            }
        }
        out.add("reviewed: " + date + eol);
        out.add("reviewed-by: \"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" + eol);
        int versionAt = out.size();
        for (int i = close; i < lines.length; i++) {
            out.add(lines[i]);
        }
        String unsigned = String.join("\n", out);
        String version = version(FrontMatter.split(SourceText.fromBytes(unsigned.getBytes(StandardCharsets.UTF_8),
                file), file));
        out.add(versionAt, "reviewed-version: " + version + eol);
        return String.join("\n", out);
    }

    /** The version of a guide's text a review signs: SHA-256 (first 16 hex digits) of all but the review lines. */
    static String version(FrontMatter fm) {
        StringBuilder b = new StringBuilder();
        for (String line : fm.yaml().split("\n", -1)) {
            if (!REVIEW_LINE.matcher(line).matches()) {
                b.append(line).append('\n');
            }
        }
        b.append("---\n").append(fm.body());
        return Digests.sha256(b.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
