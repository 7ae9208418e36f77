package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.guidekit.error.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: {@code check} and the PDF's link annotations agree on every link. Seeded guides made of approved and
 * hostile links, addresses written out, invisible characters, look-alike letters and accents: whenever
 * {@code check} passes a guide, every link annotation in its PDF must pass the link rules of this folder (only
 * medlineplus.gov is approved): an https/http link to medlineplus.gov, a mailto: to medlineplus.gov, or a tel: phone
 * number. A link the PDF made that the check never judged fails here. (The web page and EPUB link only Markdown
 * links, which are the model's {@code Link}s the check judges; they need the voice, so they are not rendered here.)
 */
class LinkAgreementTest {
    private static final long SEED = Long.getLong("links.seed", 20261207L);
    private static final int CASES = Integer.getInteger("links.cases", 24);

    private static final String[] PIECES = {"See", "and", "or call", "today.", "\n\n", "www.medlineplus.gov",
        "https://medlineplus.gov/backpain.html", "[MedlinePlus](https://medlineplus.gov/a.html)",
        "[call us](tel:+1-555-201-3344)", "[mail](mailto:help@medlineplus.gov)", "help@medlineplus.gov",
        "www\u00ADcheap-meds-online.com", "on\u00ADline.com", "\uFF57\uFF57\uFF57\uFF0E\uFF45\uFF56\uFF49\uFF4C"
        + "\uFF0E\uFF43\uFF4F\uFF4D", "m\u0435ds.com", "[MedlinePlus](tel:https://evil.example)",
        "[m](mailto:x@cheap-meds-online.com)", "info@rx-shop.com", "Vi\u00E1gra", "evil.com", "https:evil.com",
        "[https://medlineplus.gov](https://evil.com)", "\u200B", "&shy;", "medlineplus.gov.evil.com", "3.5 mg"};

    @TempDir
    Path dir;

    @Test
    void everyLinkThePdfMakesPassedTheCheck() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("allowed-links.yaml"), "- medlineplus.gov\n");
        Random random = new Random(SEED);
        int passed = 0;
        int links = 0;
        for (int i = 0; i < CASES; i++) {
            StringBuilder body = new StringBuilder("---\ntitle: Links\n---\n\n");
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                body.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            body.append("\n");
            Path file = content.resolve("case" + i + ".md");
            Files.writeString(file, body);
            CliRun check = CliRun.of("check", file.toString());
            if (check.code() != ExitCode.OK) {
                continue;
            }
            passed++;
            Path out = dir.resolve("out" + i);
            CliRun render = CliRun.of("render", file.toString(), "--format", "pdf", "--out", out.toString());
            assertEquals(ExitCode.OK, render.code(), render.toString());
            String where = "case " + i + ": check passed\n" + body + "\nbut the PDF links ";
            for (String uri : pdfLinks(out)) {
                links++;
                assertTrue(passesTheLinkRules(uri), where + uri);
            }
        }
        System.out.printf("LinkAgreementTest: %d of %d cases passed check, %d PDF links judged%n", passed, CASES,
                links);
        assertTrue(passed > 0 && links > 0, "the corpus must hold guides the check passes, with links");
    }

    /** The rules of this folder: approved site medlineplus.gov, mail to it, or a phone number. */
    static boolean passesTheLinkRules(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tel:")) {
            return uri.substring(4).matches("[0-9A-Za-z +().-]+");
        }
        if (lower.startsWith("mailto:")) {
            return lower.matches("mailto:[a-z0-9._+-]+@(www\\.)?medlineplus\\.gov");
        }
        return lower.matches("https?://(www\\.)?medlineplus\\.gov([/?#].*)?");
    }

    private static List<String> pdfLinks(Path out) throws IOException {
        List<String> uris = new ArrayList<>();
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(out)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertEquals(1, pdfs.size(), pdfs.toString());
        try (PDDocument pdf = Loader.loadPDF(pdfs.get(0).toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI action) {
                        uris.add(action.getURI());
                    }
                }
            }
        }
        return uris;
    }
}
