package org.guidekit.render.daisy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.guidekit.model.Guide;
import org.guidekit.model.Metadata;

/** Plans a {@link DaisyBook} from a guide and its chapter audio. Pure: the same input gives the same plan. */
final class DaisyPlanner {
    /** dc:date when the guide has no review date: a fixed day, so output never depends on the clock. */
    static final String UNDATED = "1970-01-01";

    private DaisyPlanner() {
    }

    /**
     * The NCC and content-document level of a heading: the title is level 1 and so are the guide's sections
     * ({@code ##}), as in books made by DAISY Pipeline. Players such as daisy-player start at level 1 and move
     * with Down only between items of the level shown, so sections one level below the title could not be reached
     * until the listener changed level.
     *
     * @param speechLevel the level in the speech plan: 1 the opening, 2 a section, 3 a subsection or a callout
     */
    static int nccLevel(int speechLevel) {
        return Math.max(1, speechLevel - 1);
    }

    public static DaisyBook plan(Guide guide, List<DaisyChapter> chapters, String generator, String narrator) {
        List<DaisyBook.SmilFile> files = new ArrayList<>();
        long elapsed = 0;
        for (DaisyChapter c : chapters) {
            boolean joins = c.continues() && !files.isEmpty();
            DaisyBook.SmilFile previous = joins ? files.remove(files.size() - 1) : null;
            List<DaisyBook.Par> pars = new ArrayList<>(joins ? previous.pars() : List.of());
            for (DaisyClip clip : c.clips()) {
                int n = pars.size() + 1;
                pars.add(new DaisyBook.Par("par" + n, "txt" + n, clip.textId(), c.audioFile(), clip.beginMs(),
                        clip.endMs()));
            }
            DaisyBook.SmilFile f;
            if (joins) {
                f = new DaisyBook.SmilFile(previous.name(), previous.heading(), previous.elapsedMs(), pars);
            } else {
                String name = String.format(Locale.ROOT, "s%03d.smil", files.size() + 1);
                String headingId = files.isEmpty() ? "h-title" : "h-" + c.id();
                f = new DaisyBook.SmilFile(name, new DaisyBook.Heading(c.level(), headingId, c.title()), elapsed, pars);
            }
            files.add(f);
            elapsed = f.elapsedMs() + f.durationMs();
        }
        return new DaisyBook(meta(guide, generator, narrator), files);
    }

    private static DaisyBook.Meta meta(Guide guide, String generator, String narrator) {
        Metadata m = guide.metadata();
        String publisher = m.organization().orElse("Unknown publisher");
        String date = m.reviewed().map(Object::toString).orElse(UNDATED);
        return new DaisyBook.Meta(m.title(), identifier(guide), m.language(), publisher, date, generator, narrator);
    }

    /**
     * Stable across runs and across edits of the same guide, so players keep a listener's bookmarks when a guide
     * is revised: the clinic and the guide's name.
     */
    static String identifier(Guide guide) {
        String org = guide.metadata().organization().orElse("guidekit").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return org + "-" + guide.name();
    }
}
