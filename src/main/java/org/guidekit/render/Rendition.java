package org.guidekit.render;

import java.nio.file.Path;
import java.util.List;

/**
 * What a renderer produced for one guide: the files written and the measures a build summary reports.
 *
 * @param files        files written, in a stable order
 * @param pages        printed pages (0 for formats that have none)
 * @param audioSeconds length of the spoken audio (0 for formats without sound)
 */
public record Rendition(List<Path> files, int pages, double audioSeconds) {
    public Rendition {
        files = List.copyOf(files);
    }

    public static Rendition of(List<Path> files) {
        return new Rendition(files, 0, 0);
    }
}
