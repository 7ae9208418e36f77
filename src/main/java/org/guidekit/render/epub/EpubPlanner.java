package org.guidekit.render.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guidekit.model.Guide;
import org.guidekit.model.Metadata;
import org.guidekit.model.Section;

/** Plans an {@link EpubPlan} from a guide. Pure: the same guide gives the same plan. */
final class EpubPlanner {
    /** dcterms:modified when the guide has no review date: a fixed day, so the bytes never depend on the clock. */
    static final String UNDATED = "1970-01-01";

    private EpubPlanner() {
    }

    static EpubPlan plan(Guide guide, boolean spoken) {
        Metadata m = guide.metadata();
        List<EpubPlan.Part> parts = new ArrayList<>();
        List<Section> sections = guide.sections();
        parts.add(new EpubPlan.Part("c00", m.title(), Optional.empty(), sections.isEmpty()));
        for (int i = 0; i < sections.size(); i++) {
            parts.add(new EpubPlan.Part(String.format(Locale.ROOT, "c%02d", i + 1), sections.get(i).headingText(),
                    Optional.of(sections.get(i)), i == sections.size() - 1));
        }
        Optional<String> date = m.reviewed().map(Object::toString);
        EpubPlan.Meta meta = new EpubPlan.Meta(identifier(guide), m.title(), m.language(), m.organization(), date,
                date.orElse(UNDATED) + "T00:00:00Z", summary(guide, spoken), !guide.figures().isEmpty());
        return new EpubPlan(meta, parts, spoken ? Optional.of("audio/" + guide.name() + ".mp3") : Optional.empty());
    }

    /** The clinic and the guide's name, like the DAISY book's, so a reader keeps its bookmarks across revisions. */
    static String identifier(Guide guide) {
        String org = guide.metadata().organization().orElse("guidekit").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "urn:guidekit:" + org + ":" + guide.name();
    }

    private static String summary(Guide guide, boolean spoken) {
        StringBuilder sb = new StringBuilder("A patient guide in reflowable text with headings for every section and "
                + "a table of contents.");
        if (!guide.figures().isEmpty()) {
            sb.append(" Every picture is described in its caption.");
        }
        if (spoken) {
            sb.append(" The whole text is also read aloud by a synthetic voice, and the sentence being read is "
                    + "highlighted (media overlays).");
        }
        sb.append(" Meets EPUB Accessibility 1.1 and WCAG 2.2 level AA as checked by EPUBCheck and axe-core.");
        return sb.toString();
    }
}
