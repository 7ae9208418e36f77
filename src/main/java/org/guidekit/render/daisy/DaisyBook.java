package org.guidekit.render.daisy;

import java.util.List;
import java.util.Objects;

/**
 * The plan of a DAISY 2.02 book: everything the writers need, nothing they must compute. Pure and golden-testable.
 *
 * @param meta      the book's metadata
 * @param smilFiles one per section (the opening is one), in reading order, each knowing its NCC headings
 */
record DaisyBook(Meta meta, List<SmilFile> smilFiles) {
    public DaisyBook {
        Objects.requireNonNull(meta);
        smilFiles = List.copyOf(smilFiles);
    }

    /** Total time of all clips in milliseconds; equals {@code ncc:totalTime} within rounding. */
    public long totalMs() {
        return smilFiles.stream().mapToLong(SmilFile::durationMs).sum();
    }

    /**
     * Book metadata for {@code <meta>} elements.
     *
     * @param title      dc:title
     * @param identifier dc:identifier, stable across runs and edits of the same guide
     * @param language   dc:language (BCP 47)
     * @param publisher  dc:publisher and dc:creator: the clinic
     * @param date       dc:date, yyyy-mm-dd
     * @param generator  ncc:generator
     * @param narrator   ncc:narrator
     */
    public record Meta(String title, String identifier, String language, String publisher, String date,
                       String generator, String narrator) {
    }

    /**
     * One SMIL file: a section's pars (its callouts and the text after them included), the time before it and its
     * NCC headings.
     *
     * @param name          file name, e.g. {@code s002.smil}
     * @param headings      the NCC headings into this file, in order: the section's, linking to the first par,
     *                      then one per warning, caution or important callout, linking to the callout's first par
     * @param elapsedMs     total time of the sections before this one
     * @param pars          the synchronised text/audio pairs
     */
    public record SmilFile(String name, List<Heading> headings, long elapsedMs, List<Par> pars) {
        public SmilFile {
            headings = List.copyOf(headings);
            pars = List.copyOf(pars);
            if (headings.isEmpty() || headings.get(0).par() != 0) {
                throw new IllegalArgumentException(name + ": the first heading must link to the first par");
            }
            for (Heading h : headings) {
                if (h.par() < 0 || h.par() >= pars.size()) {
                    throw new IllegalArgumentException(name + ": heading " + h.id() + " links past the pars");
                }
            }
        }

        /** The summed clip time of this file. */
        public long durationMs() {
            return pars.stream().mapToLong(p -> p.endMs() - p.beginMs()).sum();
        }
    }

    /**
     * An NCC heading: {@code <hN id="…"><a href="smil#text">text</a></hN>}, linking to the SMIL {@code <text>}
     * element of its first par, as DAISY Pipeline books do and players expect.
     *
     * @param par the index in its file's pars of the par it links to
     */
    public record Heading(int level, String id, String text, int par) {
    }

    /**
     * A par: a content element and the audio clip that reads it.
     *
     * @param id            par id, unique within its SMIL file
     * @param textElementId id of the par's SMIL {@code <text>} element (what NCC links point to)
     * @param textId        content.html element id
     * @param audio         audio file name
     * @param beginMs       clip start
     * @param endMs         clip end
     */
    public record Par(String id, String textElementId, String textId, String audio, long beginMs, long endMs) {
    }
}
