package org.guidekit.importer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Word leaflets shaped like the ones clinics write, for tests that import them and look at the editions: a
 * wound-care leaflet, a medicine leaflet with a reducing-dose table and a day-surgery discharge sheet. They keep the
 * facts and figures of real leaflets (NHS and US clinic wound-care, prednisolone and discharge leaflets) in new
 * sentences, and the habits of Word authors that the importer must undo: empty paragraphs for spacing, manual page
 * breaks, soft line breaks in addresses, pictures at their real size, text boxes and tables.
 */
public final class ClinicLeaflets {
    private ClinicLeaflets() {
    }

    /** The leaflets by name, each written by {@link #write}. */
    public static List<String> names() {
        return List.of("wound-care", "prednisolone", "day-surgery-discharge");
    }

    /** Writes leaflet {@code name} (one of {@link #names}) to {@code file}. */
    public static Path write(String name, Path file) {
        try (WordFixture w = new WordFixture(name.equals("wound-care") ? "en-GB" : "en-US")) {
            switch (name) {
                case "wound-care" -> woundCare(w);
                case "prednisolone" -> prednisolone(w);
                case "day-surgery-discharge" -> discharge(w);
                default -> throw new IllegalArgumentException(name);
            }
            return w.save(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void woundCare(WordFixture w) {
        w.doc.getProperties().getExtendedProperties().setCompany("Northgate Minor Injuries Unit");
        w.styled("Title", "Looking after your wound");
        w.para("");
        w.para("You have had a cut closed with stitches, glue or adhesive strips. This sheet tells you how to keep "
                + "it clean while it heals and when to ask us for help.");
        w.para("");
        w.styled("Heading1", "The first 48 hours");
        w.bullet(0, "Leave the dressing on and keep it dry for 48 hours.");
        w.bullet(0, "If blood comes through, press on the dressing for 10 minutes without looking.");
        w.bullet(0, "Raise a cut hand or arm on a pillow to ease swelling.");
        w.para("");
        w.picture(w.para(null), png(600, 450), "A hand with a clean white dressing resting on a pillow", null);
        w.para("");
        w.styled("Heading1", "Washing and dressing");
        w.para("After 48 hours you may shower. Pat the wound dry with a clean towel. Do not soak it in a bath, "
                + "go swimming or use a hot tub until the stitches are out.");
        w.numbered(0, "Wash your hands for 20 seconds.");
        w.numbered(0, "Take off the old dressing gently.");
        w.numbered(0, "Look for redness or pus.");
        w.numbered(0, "Put on a new dry dressing once a day, or sooner if it gets wet.");
        XWPFParagraph brk = w.para("");
        w.pageBreak(brk);
        w.styled("Heading1", "Stitches and glue");
        w.table(new String[][] {{"Where the cut is", "Stitches out after"}, {"Face", "3 to 5 days"},
            {"Scalp", "7 to 10 days"}, {"Arm or hand", "7 to 10 days"}, {"Leg or foot", "10 to 14 days"},
            {"Back or over a joint", "14 days"}});
        w.para("Skin glue peels off by itself in 5 to 10 days. Do not pick at it. Adhesive strips can be taken off "
                + "after 7 days if they have not fallen off.");
        w.para("");
        w.para("");
        w.styled("Heading1", "Pain");
        w.para("Paracetamol helps most people. Adults can take 1 g (two 500 mg tablets) every 4 to 6 hours. Do not "
                + "take more than 4 g in 24 hours.");
        w.para("Ibuprofen 400 mg every 8 hours with food also helps, unless you have asthma, a stomach ulcer or "
                + "kidney problems.");
        w.rawParagraph("<w:r><w:pict><v:shape style=\"width:400pt;height:120pt\"><v:textbox><w:txbxContent>"
                + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Warning: Signs of infection</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Call us the same day if the wound gets more painful, red, hot or swollen, if pus "
                + "comes out, or if your temperature is above 38 \u00b0C (100.4 \u00b0F).</w:t></w:r></w:p>"
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>");
        w.para("");
        w.styled("Heading1", "Tetanus");
        w.para("You need a tetanus booster if your last one was more than 10 years ago and the wound was dirty. "
                + "Ask your GP practice if you are not sure.");
        w.styled("Heading1", "Contact us");
        XWPFParagraph address = w.para("Northgate Minor Injuries Unit");
        address.getRuns().get(0).addBreak();
        address.createRun().setText("14 Station Road, Northgate NG4 7QP");
        address.getRuns().get(1).addBreak();
        address.createRun().setText("Open 8 am to 8 pm, 7 days a week: 0115 496 0732");
        w.para("");
    }

    private static void prednisolone(WordFixture w) {
        w.doc.getProperties().getExtendedProperties().setCompany("Lakeside Respiratory Clinic");
        w.styled("Title", "Your prednisolone course");
        w.styled("Subtitle", "A reducing dose over 4 weeks");
        w.para("Prednisolone is a steroid medicine. It calms the swelling in your airways. Your doctor has "
                + "prescribed a course that starts high and goes down step by step.");
        w.styled("Heading1", "How much to take");
        w.para("The tablets are 5 mg each. Take all the tablets for the day together in the morning, with or "
                + "after breakfast.");
        w.table(new String[][] {{"Days", "Daily dose", "Tablets of 5 mg", "When"},
            {"Days 1 to 7", "40 mg", "8 tablets", "Morning, with food"},
            {"Days 8 to 14", "30 mg", "6 tablets", "Morning, with food"},
            {"Days 15 to 21", "20 mg", "4 tablets", "Morning, with food"},
            {"Days 22 to 25", "10 mg", "2 tablets", "Morning, with food"},
            {"Days 26 to 28", "5 mg", "1 tablet", "Morning, with food"},
            {"Day 29", "none", "none", "Stop"}});
        w.para("");
        w.para("Tick each day on the calendar your pharmacist gave you, so you do not lose your place.");
        w.para("");
        w.styled("Heading1", "Side effects");
        w.bullet(0, "Feeling hungry and putting on weight.");
        w.bullet(0, "Trouble sleeping: take the dose before 9 am.");
        w.bullet(0, "Mood changes: tell someone close to you what to look for.");
        w.bullet(0, "Higher blood sugar: if you have diabetes, check it 4 times a day. Call us if it is above "
                + "15 mmol/L twice in a row.");
        XWPFParagraph brk = w.para("");
        w.pageBreak(brk);
        w.styled("Heading1", "Important");
        w.shaded(w.marked(w.para(null), "**Warning: Do not stop suddenly** Stopping a long course at once can make "
                + "you very unwell. Carry the blue steroid card and show it to anyone who treats you."));
        w.para("Do not take ibuprofen 200 mg or aspirin 300 mg while you take prednisolone unless your doctor says "
                + "so. Paracetamol 500 mg is safe.");
        w.para("If you miss a dose, take it as soon as you remember that day. Do not take 2 doses the next day.");
        w.styled("Heading1", "Other medicines");
        w.table(new String[][] {{"Medicine", "Dose", "How often", "Notes"},
            {"Salbutamol inhaler", "2 puffs", "When breathless, up to 4 times a day", "Blue inhaler"},
            {"Beclometasone inhaler", "2 puffs of 100 mcg", "Twice a day", "Rinse your mouth after"},
            {"Omeprazole", "20 mg", "Once a day before breakfast", "Protects your stomach"},
            {"Calcium and vitamin D", "1 tablet (500 mg / 400 IU)", "Twice a day", "Chew or suck it"}});
        w.para("");
        w.styled("Heading1", "Questions");
        w.para("Call the clinic pharmacist on (555) 014-2368, Monday to Friday, 9 am to 5 pm.");
    }

    private static void discharge(WordFixture w) {
        w.doc.getProperties().getExtendedProperties().setCompany("Riverbend Day Surgery Center");
        w.styled("Title", "Going home after day surgery");
        w.para("Name: ______________________   Date: ____/____/______");
        w.para("");
        w.para("You had an anesthetic today. Its effects can last up to 24 hours, even if you feel well.");
        w.styled("Heading1", "For the next 24 hours");
        w.bullet(0, "Have a responsible adult stay with you overnight.");
        w.bullet(0, "Do not drive, ride a bike or use machines.");
        w.bullet(0, "Do not drink alcohol or sign important papers.");
        w.bullet(0, "Eat light meals at first and drink 6 to 8 glasses of water.");
        w.para("");
        w.para("");
        w.styled("Heading1", "Your medicines");
        w.table(new String[][] {{"Medicine", "Dose", "When"},
            {"Acetaminophen", "650 mg (2 tablets of 325 mg)", "Every 6 hours if needed, no more than 3,000 mg a day"},
            {"Ibuprofen", "400 mg", "Every 8 hours with food"},
            {"Ondansetron", "4 mg", "Every 8 hours if you feel sick"},
            {"Docusate", "100 mg", "Twice a day while you take pain medicine"}});
        w.para("");
        w.styled("Heading1", "Your wound");
        w.para("Keep the dressing clean and dry for 2 days. You may shower after 48 hours. Do not take a bath "
                + "for 2 weeks.");
        w.picture(w.para(null), png(300, 420), "A small wound dressing on the lower belly, its edges taped flat",
                null);
        XWPFParagraph brk = w.para("");
        w.pageBreak(brk);
        w.styled("Heading1", "Call us if");
        w.bullet(0, "Your temperature is 101 \u00b0F (38.3 \u00b0C) or higher.");
        w.bullet(0, "Bleeding soaks through the dressing.");
        w.bullet(0, "You vomit more than 3 times or cannot keep fluids down.");
        w.bullet(0, "You cannot pass urine within 8 hours of going home.");
        w.para("Call 911 if you have chest pain or trouble breathing.");
        w.para("");
        w.styled("Heading1", "Follow-up");
        XWPFParagraph follow = w.para("Your follow-up visit: ______________");
        follow.getRuns().get(0).addBreak();
        follow.createRun().setText("With: Dr. ______________ in 10 to 14 days");
        XWPFParagraph phone = w.para("Day Surgery nurse line: (555) 013-4470");
        phone.getRuns().get(0).addBreak();
        phone.createRun().setText("After 6 pm: (555) 013-4000");
        w.para("");
    }

    /** A grey picture of {@code width} by {@code height} pixels (only its size matters to the layout). */
    private static byte[] png(int width, int height) {
        try {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    img.getRaster().setSample(x, y, 0, 120 + (x * 7 + y * 3) % 100);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
