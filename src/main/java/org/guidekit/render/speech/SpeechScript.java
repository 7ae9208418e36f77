package org.guidekit.render.speech;

import java.util.List;
import java.util.Map;

import org.guidekit.model.Required;

/**
 * Everything a guide says, in order, split into chapters; the pure plan that the audio renderer voices.
 *
 * @param guideName      the guide's name (output file names)
 * @param title          the guide title (ID3 title)
 * @param organization   the clinic, or empty (ID3 artist)
 * @param language       the guide's language, BCP 47 (ID3 language)
 * @param year           the year the guide was reviewed, or empty (ID3 year)
 * @param sections       chapters in reading order: the opening first, then one per section and warning
 * @param pronunciations word (lower case) → CMU phones, validated, to add to the voice's lexicon
 */
public record SpeechScript(String guideName, String title, String organization, String language, String year,
                           List<SpeechSection> sections, Map<String, List<String>> pronunciations) {
    public SpeechScript {
        Required.nonNull("guideName title organization language year", guideName, title, organization, language, year);
        sections = List.copyOf(sections);
        pronunciations = Map.copyOf(pronunciations);
    }

    /** A script in English with no review year. */
    public SpeechScript(String guideName, String title, String organization, List<SpeechSection> sections,
                        Map<String, List<String>> pronunciations) {
        this(guideName, title, organization, "en", "", sections, pronunciations);
    }

    /** The transcript: one utterance per line, exactly the text handed to the voice. */
    public String transcript() {
        StringBuilder sb = new StringBuilder();
        for (SpeechSection s : sections) {
            for (Utterance u : s.utterances()) {
                sb.append(u.text()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Words in the whole script. */
    public int wordCount() {
        return sections.stream().mapToInt(SpeechSection::wordCount).sum();
    }

    /** A stable dump with ids, pauses and prosody, for golden tests. */
    public String print() {
        StringBuilder sb = new StringBuilder("SpeechScript " + guideName + "\n");
        new java.util.TreeMap<>(pronunciations).forEach((w, p) ->
                sb.append("  pronounce ").append(w).append(" = ").append(String.join(" ", p)).append('\n'));
        for (SpeechSection s : sections) {
            sb.append("  Chapter #").append(s.id()).append(" \"").append(s.title()).append('"');
            if (s.role() != SpeechSection.Role.HEADING) {
                sb.append(" [").append(s.role().name().toLowerCase(java.util.Locale.ROOT)).append(" h")
                        .append(s.level()).append(']');
            }
            sb.append('\n');
            for (Utterance u : s.utterances()) {
                sb.append("    #").append(u.id()).append(" pause=").append(u.pauseAfterMs());
                if (u.prosody().rateFactor() != 1.0) {
                    sb.append(" rate=").append(u.prosody().rateFactor());
                }
                if (u.sentences().size() == 1 && u.sentences().get(0).id().equals(u.id())) {
                    sb.append(" | ").append(u.text()).append('\n');
                } else {
                    sb.append('\n');
                    for (Utterance.Sentence t : u.sentences()) {
                        sb.append("      #").append(t.id()).append(" | ").append(t.text()).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }
}
