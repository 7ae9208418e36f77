package org.guidekit.importer;

import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** The Word leaflet that provokes every mapping of the importer, for the golden test. */
final class EverythingFixture {
    private EverythingFixture() {
    }

    static Path write(Path file) throws Exception {
        try (WordFixture w = new WordFixture("en-GB")) {
            w.doc.getProperties().getExtendedProperties().setCompany("Riverside Community Health Centre");
            w.header("Riverside Community Health Centre - Patient information");
            w.footer("Leaflet 42, version 3");
            w.styled("Title", "Caring for Your Back at Home");
            w.styled("Subtitle", "Simple steps for the first week");
            w.marked(w.para(null), "Most back pain gets better in a few weeks. This leaflet shows what "
                    + "you can do at home. **Don\u2019t** stay in bed all day.");
            w.styled("Heading1", "What you can do");
            w.bullet(0, "**Keep moving:** walk a little every hour.");
            w.bullet(1, "Start with 5 minutes.");
            w.bullet(2, "Add a minute each day.");
            w.bullet(0, "Use a warm pack for 15\u00A0minutes.");
            w.styled("Heading2", "Exercises");
            w.numbered(0, "Lie on your back.");
            w.numbered(0, "Pull one knee to your chest.");
            w.numbered(1, "Hold for 20 seconds.");
            XWPFParagraph pic = w.para(null);
            w.picture(pic, WordFixture.png(10), "A person lying on their back, pulling one knee to the chest",
                    "https://medlineplus.gov/backpain.html");
            w.para("\u2022\tStand up straight.");
            w.para("\t\u2022\tKeep your shoulders back.");
            w.para("\u2022\tLook ahead.");
            w.styled("Heading3", "Medicines");
            w.table(new String[][] {{"Medicine", "Dose", "When"}, {"paracetamol", "1 g", "every 6 hours"},
                {"ibuprofen", "400 mg", "with food"}});
            var t = w.doc.getTables().get(0);
            t.getRow(2).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(2));
            t.getRow(2).removeCell(2);
            w.styled("Heading4", "Extra notes");
            w.rawParagraph("<w:r><w:t xml:space=\"preserve\">Take </w:t></w:r><w:del w:id=\"1\" w:author=\"Ann\">"
                    + "<w:r><w:delText>two</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"Ann\"><w:r>"
                    + "<w:t>one</w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\"> tablet with water.</w:t>"
                    + "</w:r>");
            w.para("Tip: Put a pillow under your knees when you sleep.");
            w.rawParagraph("<w:r><w:pict><v:shape style=\"width:300pt;height:80pt\"><v:textbox><w:txbxContent>"
                    + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Warning: When to get help</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>Call 911 if your legs feel weak or numb.</w:t></w:r></w:p>"
                    + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>");
            w.para("Questions? \u260E 555-0100 or \u2709 back@example.org \uD83D\uDE42");
            w.para("Your next appointment: ____________");
            XWPFParagraph end = w.para("Smart \u201Cquotes\u201D, a non\u2011breaking hyphen and a soft"
                    + "\u00ADhyphen.");
            w.pageBreak(end);
            XWPFParagraph last = w.rawParagraph("<w:commentRangeStart w:id=\"0\"/><w:r><w:t>Read more on </w:t></w:r>"
                    + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>");
            w.comment("0", "Dr Lee", "Is this link still right?");
            w.link(last, "https://medlineplus.gov/backpain.html", "MedlinePlus");
            last.createRun().setText(".");
            XWPFParagraph lines = w.marked(w.para(null), "Line one");
            lines.getRuns().get(0).addBreak();
            lines.createRun().setText("Line two");
            w.picture(w.para(null), WordFixture.png(200), null, null);
            return w.save(file);
        }
    }
}
