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

    /**
     * One SMIL file per section, holding the section's pars in reading order: its text, its warning, caution and
     * important callouts, and the text after them. A callout is an NCC heading one level below its section that
     * links into the section's file at the callout's first par.
     *
     * <p>Why not a SMIL file per callout: a DAISY 2.02 player plays an NCC item from its link to the next item's
     * link, so the text after a callout always follows the callout's item at the callout's level; what decides
     * where that text belongs is the level the listener moves at and the file it is in. Players start at level 1,
     * where the sections are: daisy-player then keeps its cursor on the section, counts the callouts' and the
     * following text's time in the section's length, and with {@code j} (this item only) plays the section through
     * its callouts to its end. Kept in the section's own file the text is also the section's in the SMIL time
     * ({@code ncc:timeInThisSmil}) and for any player that follows files: before, it sat in the warning's file,
     * heard as part of "Warning: ...". The DAISY 2.02 span classes for boxed text ({@code sidebar},
     * {@code optional-prodnote}) would keep a callout out of the heading structure altogether, but daisy-player and
     * many players list only headings, so a warning would no longer be one item away.
     */
    public static DaisyBook plan(Guide guide, List<DaisyChapter> chapters, String generator, String narrator) {
        List<DaisyBook.SmilFile> files = new ArrayList<>();
        long elapsed = 0;
        for (DaisyChapter c : chapters) {
            boolean joins = c.kind() != DaisyChapter.Kind.SECTION && !files.isEmpty();
            DaisyBook.SmilFile previous = joins ? files.remove(files.size() - 1) : null;
            List<DaisyBook.Par> pars = new ArrayList<>(joins ? previous.pars() : List.of());
            List<DaisyBook.Heading> headings = new ArrayList<>(joins ? previous.headings() : List.of());
            int first = pars.size();
            for (DaisyClip clip : c.clips()) {
                int n = pars.size() + 1;
                pars.add(new DaisyBook.Par("par" + n, "txt" + n, clip.textId(), c.audioFile(), clip.beginMs(),
                        clip.endMs()));
            }
            if (!joins || c.kind() == DaisyChapter.Kind.CALLOUT) {
                String headingId = files.isEmpty() && !joins ? "h-title" : "h-" + c.id();
                headings.add(new DaisyBook.Heading(c.level(), headingId, c.title(), first));
            }
            DaisyBook.SmilFile f;
            if (joins) {
                f = new DaisyBook.SmilFile(previous.name(), headings, previous.elapsedMs(), pars);
            } else {
                String name = String.format(Locale.ROOT, "s%03d.smil", files.size() + 1);
                f = new DaisyBook.SmilFile(name, headings, elapsed, pars);
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
