package org.guidekit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Front-matter values of a guide.
 *
 * @param title          required title, shown and spoken first
 * @param subtitle       optional subtitle
 * @param language       BCP 47 language tag, e.g. {@code en-US}
 * @param organization   optional clinic name, shown on the handout and spoken
 * @param reviewed       optional review date, shown as "Reviewed October 2026"
 * @param pronunciations word → respelling ("BACK-low-fen") or CMU phones, in file order
 * @param targetGrade    optional reading grade the content checks aim for
 * @param allowedLinks   extra link hosts this guide may link to (content checks)
 * @param pictureCaptions true when the printed handout shows each picture's description under it
 *                       ({@code picture-captions: yes}); screen readers get the description either way
 * @param summary        optional one-line description for the library page (else its first sentence is used)
 * @param lines          1-based file line of each front-matter key that was set ({@code "title" -> 2}), so that
 *                       checks of the title, subtitle and organization can point at them
 * @param reviewedBy     optional name of the clinician who reviewed the guide, printed with the review date
 * @param changedSinceReview true when the guide's text differs from the text its review was signed off on
 *                       ({@code reviewed-version:}, written by the workspace's "Mark as reviewed")
 * @param draft          true for {@code draft: true}: built for preview but left out of the library page
 * @param voice          the guide's {@code voice:} (the engine that speaks it), or empty for the clinic's choice or
 *                       the default for its language
 */
public record Metadata(
        String title,
        Optional<String> subtitle,
        String language,
        Optional<String> organization,
        Optional<LocalDate> reviewed,
        Map<String, String> pronunciations,
        OptionalInt targetGrade,
        List<String> allowedLinks,
        boolean pictureCaptions,
        Optional<String> summary,
        Map<String, Integer> lines,
        Optional<String> reviewedBy,
        boolean changedSinceReview,
        boolean draft,
        Optional<Voice> voice) {

    public Metadata {
        Required.nonNull("title subtitle language organization reviewed targetGrade summary reviewedBy",
                title, subtitle, language, organization, reviewed, targetGrade, summary, reviewedBy);
        java.util.Objects.requireNonNull(voice, "voice");
        pronunciations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pronunciations));
        allowedLinks = List.copyOf(allowedLinks);
        lines = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(lines));
        if (title.isBlank()) {
            throw new IllegalArgumentException("title is blank");
        }
    }

    /** Metadata made in code: no picture captions, no summary, no line numbers. */
    public Metadata(String title, Optional<String> subtitle, String language, Optional<String> organization,
                    Optional<LocalDate> reviewed, Map<String, String> pronunciations, OptionalInt targetGrade,
                    List<String> allowedLinks) {
        this(title, subtitle, language, organization, reviewed, pronunciations, targetGrade, allowedLinks, false,
                Optional.empty(), Map.of());
    }

    /** Metadata as read before reviews were signed off by name: no reviewer, not a draft. */
    public Metadata(String title, Optional<String> subtitle, String language, Optional<String> organization,
                    Optional<LocalDate> reviewed, Map<String, String> pronunciations, OptionalInt targetGrade,
                    List<String> allowedLinks, boolean pictureCaptions, Optional<String> summary,
                    Map<String, Integer> lines) {
        this(title, subtitle, language, organization, reviewed, pronunciations, targetGrade, allowedLinks,
                pictureCaptions, summary, lines, Optional.empty(), false, false);
    }

    /** Metadata as read before a guide could choose its voice: the default voice. */
    public Metadata(String title, Optional<String> subtitle, String language, Optional<String> organization,
                    Optional<LocalDate> reviewed, Map<String, String> pronunciations, OptionalInt targetGrade,
                    List<String> allowedLinks, boolean pictureCaptions, Optional<String> summary,
                    Map<String, Integer> lines, Optional<String> reviewedBy, boolean changedSinceReview,
                    boolean draft) {
        this(title, subtitle, language, organization, reviewed, pronunciations, targetGrade, allowedLinks,
                pictureCaptions, summary, lines, reviewedBy, changedSinceReview, draft, Optional.empty());
    }

    /**
     * Every front-matter text that some edition or the library page prints or speaks, by front-matter key, in the
     * order a reader meets them: the checks read exactly these as text (check.GuideText), so a field that reaches an
     * output cannot skip the text rules. A new text field goes here or into the test's list of fields that are not
     * text (MetadataPrintedTextsTest), which fails until it is in one of them.
     */
    public Map<String, String> printedTexts() {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("title", title);
        subtitle.ifPresent(s -> texts.put("subtitle", s));
        organization.ifPresent(o -> texts.put("organization", o));
        reviewedBy.ifPresent(r -> texts.put("reviewed-by", r));
        summary.ifPresent(s -> texts.put("summary", s));
        return java.util.Collections.unmodifiableMap(texts);
    }

    /** The file line of front-matter key {@code key}, or 0 when unknown. */
    public int line(String key) {
        return lines.getOrDefault(key, 0);
    }

    /** The default language when the front matter names none. */
    public static final String DEFAULT_LANGUAGE = "en-US";

    /** Metadata with just a title and defaults for everything else (handy in tests). */
    public static Metadata titled(String title) {
        return new Metadata(title, Optional.empty(), DEFAULT_LANGUAGE, Optional.empty(), Optional.empty(),
                Map.of(), OptionalInt.empty(), List.of());
    }
}
