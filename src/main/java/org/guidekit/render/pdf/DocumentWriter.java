package org.guidekit.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes a {@link Plan} into a PDFBox document: the pages (through {@link PageWriter}), the structure tree, and
 * what makes the file PDF/UA-1 and PDF/A-2a: {@code /Lang}, MarkInfo, DisplayDocTitle, XMP, an sRGB output
 * intent, the outline mirroring the sections, fixed dates and a document ID derived from the content.
 */
final class DocumentWriter {
    private final PDDocument doc;
    private final PdfResources resources;

    DocumentWriter(PDDocument doc, PdfResources resources) {
        this.doc = doc;
        this.resources = resources;
    }

    /**
     * @param date   the date written as creation and modification date (from the guide, never the clock)
     * @param author the organization, or null
     * @param id     16 bytes derived from the content, for the document {@code /ID}
     */
    void write(Plan plan, LocalDate date, String author, byte[] id) throws IOException {
        TagTree tags = new TagTree(plan.root(), plan.pages().size());
        PageWriter pages = new PageWriter(doc, resources, tags, plan.style());
        for (int i = 0; i < plan.pages().size(); i++) {
            pages.write(plan.pages().get(i), i);
        }
        tags.finish(plan.root());
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setStructureTreeRoot(tags.root());
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        catalog.setLanguage(plan.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        outline(catalog, plan.outline(), pages, tags);
        info(plan.title(), author, date);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(XmpPacket.bytes(plan.title(), plan.language(), author, date));
        catalog.setMetadata(metadata);
        outputIntent(catalog);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
    }

    private void info(String title, String author, LocalDate date) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        if (author != null) {
            info.setAuthor(author);
        }
        info.setCreator(XmpPacket.PRODUCER);
        info.setProducer(XmpPacket.PRODUCER);
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.clear();
        when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        info.setCreationDate(when);
        info.setModificationDate(when);
    }

    private void outputIntent(PDDocumentCatalog catalog) throws IOException {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private void outline(PDDocumentCatalog catalog, List<Plan.OutlineEntry> entries, PageWriter pages,
                         TagTree tags) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Plan.OutlineEntry e : entries) {
            outline.addLast(item(e, pages, tags));
        }
        outline.openNode();
        catalog.setDocumentOutline(outline);
        catalog.setPageMode(PageMode.USE_OUTLINES);
    }

    private PDOutlineItem item(Plan.OutlineEntry entry, PageWriter pages, TagTree tags) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(entry.title());
        PageWriter.HeadingPlace place = pages.heading(entry.heading());
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(place.page());
        dest.setLeft(0);
        dest.setTop(Math.round(place.top()));
        item.setDestination(dest);
        item.setStructureElement(tags.element(entry.heading()));
        for (Plan.OutlineEntry child : entry.children()) {
            item.addLast(item(child, pages, tags));
        }
        if (!entry.children().isEmpty()) {
            item.openNode();
        }
        return item;
    }
}
