package org.guidekit.render.pdf;

import org.guidekit.model.Metadata;

/**
 * The line at the top of every page after the first: the title and the clinic, or only the title when that does not
 * fit, shortened to whole words with "…" as a last resort.
 *
 * @param full  title and clinic ("Relieving Back Muscle Spasms – Riverside Community Health Center")
 * @param title the title alone
 */
record RunningHead(String full, String title) {
    static RunningHead of(Metadata m) {
        return new RunningHead(m.title() + m.organization().map(o -> " \u2013 " + o).orElse(""), m.title());
    }

    /** The longest of the three that fits the text width at body size. */
    String fitted(TextMeasure measure, PdfStyle style) {
        for (String text : new String[] {full, title}) {
            if (measure.width(text, false, style.bodySize()) <= style.textWidth()) {
                return text;
            }
        }
        String text = title;
        while (text.contains(" ") && measure.width(text + "\u2026", false, style.bodySize()) > style.textWidth()) {
            text = text.substring(0, text.lastIndexOf(' '));
        }
        return text + "\u2026";
    }
}
