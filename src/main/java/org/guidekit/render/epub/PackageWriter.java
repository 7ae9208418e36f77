package org.guidekit.render.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.guidekit.model.Figure;
import org.guidekit.render.xml.XmlOut;

/**
 * Writes {@code package.opf}: metadata (with the schema.org accessibility properties and, for a spoken guide, the
 * media overlay durations), the manifest of every file, and the spine in reading order.
 */
final class PackageWriter {
    static final String FILE = "package.opf";
    static final String NARRATOR = "FreeTTS kevin16 (synthetic voice)";
    static final String ACTIVE_CLASS = "-epub-media-overlay-active";
    static final String CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

    private final XmlOut x;
    private final EpubPlan plan;

    private PackageWriter(XmlOut x, EpubPlan plan) {
        this.x = x;
        this.plan = plan;
    }

    /**
     * @param overlayMs each part's overlay duration, by part id (empty without audio)
     * @param figures   the pictures, in reading order
     */
    static void write(EpubPlan plan, Map<String, Long> overlayMs, List<Figure> figures, String generator,
                      OutputStream out) throws IOException {
        XmlOut x = new XmlOut(out);
        x.prolog(null);
        x.open("package", "xmlns", "http://www.idpf.org/2007/opf", "version", "3.0", "unique-identifier", "pub-id",
                "xml:lang", plan.meta().language());
        PackageWriter w = new PackageWriter(x, plan);
        w.metadata(overlayMs, generator);
        w.manifest(figures);
        w.spine();
        x.close();
        x.finish();
    }

    private void metadata(Map<String, Long> overlayMs, String generator) throws IOException {
        EpubPlan.Meta m = plan.meta();
        boolean spoken = plan.audio().isPresent();
        x.open("metadata", "xmlns:dc", "http://purl.org/dc/elements/1.1/");
        x.text("dc:identifier", m.identifier(), "id", "pub-id");
        x.text("dc:title", m.title());
        x.text("dc:language", m.language());
        if (m.publisher().isPresent()) {
            x.text("dc:creator", m.publisher().get());
            x.text("dc:publisher", m.publisher().get());
        }
        if (m.date().isPresent()) {
            x.text("dc:date", m.date().get());
        }
        meta("dcterms:modified", m.modified());
        meta("schema:accessMode", "textual");
        if (m.pictures()) {
            meta("schema:accessMode", "visual");
        }
        if (spoken) {
            meta("schema:accessMode", "auditory");
        }
        meta("schema:accessModeSufficient", "textual");
        if (spoken) {
            meta("schema:accessModeSufficient", "auditory");
        }
        for (String feature : List.of("structuralNavigation", "tableOfContents", "readingOrder",
                "displayTransformability")) {
            meta("schema:accessibilityFeature", feature);
        }
        if (m.pictures()) {
            meta("schema:accessibilityFeature", "alternativeText");
        }
        if (spoken) {
            meta("schema:accessibilityFeature", "synchronizedAudioText");
        }
        meta("schema:accessibilityHazard", "none");
        meta("schema:accessibilitySummary", m.summary());
        meta("dcterms:conformsTo", CONFORMANCE);
        meta("a11y:certifiedBy", generator);
        if (spoken) {
            long total = 0;
            for (EpubPlan.Part p : plan.parts()) {
                long ms = overlayMs.getOrDefault(p.id(), 0L);
                total += ms;
                x.text("meta", OverlayWriter.clock(ms), "property", "media:duration", "refines", "#" + p.overlayId());
            }
            meta("media:duration", OverlayWriter.clock(total));
            meta("media:narrator", NARRATOR);
            meta("media:active-class", ACTIVE_CLASS);
        }
        x.empty("meta", "name", "generator", "content", generator);
        x.close();
    }

    private void manifest(List<Figure> figures) throws IOException {
        x.open("manifest");
        x.empty("item", "id", "nav", "href", NavWriter.FILE, "media-type", "application/xhtml+xml", "properties",
                "nav");
        x.empty("item", "id", "css", "href", ContentWriter.STYLESHEET, "media-type", "text/css");
        for (EpubPlan.Part p : plan.parts()) {
            if (plan.audio().isPresent()) {
                x.empty("item", "id", p.id(), "href", p.file(), "media-type", "application/xhtml+xml",
                        "media-overlay", p.overlayId());
                x.empty("item", "id", p.overlayId(), "href", p.overlayFile(), "media-type", "application/smil+xml");
            } else {
                x.empty("item", "id", p.id(), "href", p.file(), "media-type", "application/xhtml+xml");
            }
        }
        if (plan.audio().isPresent()) {
            x.empty("item", "id", "audio", "href", plan.audio().get(), "media-type", "audio/mpeg");
        }
        for (Figure f : figures) {
            String path = ContentWriter.imagePath(f);
            String type = path.endsWith(".png") ? "image/png" : path.endsWith(".gif") ? "image/gif" : "image/jpeg";
            x.empty("item", "id", "img-" + f.id(), "href", path, "media-type", type);
        }
        x.close();
    }

    private void spine() throws IOException {
        x.open("spine");
        for (EpubPlan.Part p : plan.parts()) {
            x.empty("itemref", "idref", p.id());
        }
        x.close();
    }

    private void meta(String property, String value) throws IOException {
        x.text("meta", value, "property", property);
    }
}
