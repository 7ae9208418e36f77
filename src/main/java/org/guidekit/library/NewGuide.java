package org.guidekit.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.guidekit.error.IoReason;
import org.guidekit.error.OutputException;
import org.guidekit.error.UsageException;
import org.guidekit.render.AtomicOutput;

/**
 * {@code guidekit new "Caring for your wound"}: a new guide, {@code content/caring-for-your-wound.md}, from a
 * template that passes {@code check} and explains every feature in notes a nurse understands (YAML comments in the
 * front matter, which readers never see). An existing file is never replaced.
 */
public final class NewGuide {
    private static final int MAX_TITLE = 120;

    private NewGuide() {
    }

    /**
     * Writes the new guide into {@code content} and returns its path.
     *
     * The new guide has no review date: a draft no clinician has reviewed must not print "Reviewed ...". Its example
     * link passes {@code check} in a brand-new content folder: when the folder has no list of approved sites,
     * {@link #ALLOWED_SITES} is written with a few public-health sites, which {@link Created#allowedSites()} names.
     *
     * @param organization the clinic's name ({@code organization:} in {@code guidekit.yaml}), if set
     * @throws UsageException  for an empty or overlong title, or when the file already exists
     * @throws OutputException when the file cannot be written
     */
    public static Created create(Path content, String title, Optional<String> organization) {
        String t = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        String name = fileName(t);
        Path file = content.resolve(name);
        if (Files.exists(file)) {
            throw new UsageException(file + " already exists; open it, or choose another title");
        }
        try {
            Files.createDirectories(content);
        } catch (IOException e) {
            throw new OutputException(content + ": cannot create the folder (" + IoReason.of(e) + ")", e);
        }
        AtomicOutput.write(file, out -> out.write(text(t, organization).getBytes(StandardCharsets.UTF_8)));
        Path sites = content.resolve(ALLOWED_SITES);
        if (Files.exists(sites, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new Created(file, Optional.empty());
        }
        byte[] list = resource("allowed-links.yaml").getBytes(StandardCharsets.UTF_8);
        AtomicOutput.write(sites, out -> out.write(list));
        return new Created(file, Optional.of(sites));
    }

    /** The list of approved sites a content folder keeps. */
    public static final String ALLOWED_SITES = "allowed-links.yaml";

    /**
     * What {@link #create} wrote.
     *
     * @param guide        the new guide
     * @param allowedSites the list of approved sites, when the folder had none and a starting list was written
     */
    public record Created(Path guide, Optional<Path> allowedSites) {
    }

    /** The file name for {@code title}: {@code Caring for your wound} → {@code caring-for-your-wound.md}. */
    public static String fileName(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw new UsageException(t.isEmpty() ? "give the new guide a title, e.g. guidekit new \"Caring for your "
                    + "wound\"" : "the title is " + t.length() + " characters long; keep it under " + MAX_TITLE);
        }
        String ascii = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            throw new UsageException("the title \"" + t + "\" has no letters or digits to name the file with; write "
                    + "a title in words");
        }
        return slug + ".md";
    }

    /** The template filled in with {@code title}. */
    public static String text(String title, Optional<String> organization) {
        String template = resource("new-guide.md");
        String clinic = organization.map(o -> "# Your clinic's name, printed on every page and spoken.\n"
                + "organization: " + quoted(o) + "\n").orElse("# Your clinic's name, printed on every page and "
                + "spoken (or set organization: once in guidekit.yaml).\n# organization: Your clinic\n");
        return template.replace("{{title}}", quoted(title)).replace("{{organization}}", clinic);
    }

    private static String resource(String name) {
        try (InputStream in = NewGuide.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(name + " is missing from guidekit's jar", e);
        }
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
