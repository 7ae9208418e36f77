package org.guidekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.guidekit.error.ExitCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: {@code check} and the editions agree on every link. Seeded guides made of approved and hostile links,
 * addresses written out, invisible characters, look-alike letters and accents: whenever {@code check} passes a
 * guide, it is built as PDF, EPUB and web page (with its read-along page), and every link they hold must pass the
 * link rules of its folder (only medlineplus.gov is approved): an https/http link to medlineplus.gov, a mailto: to
 * medlineplus.gov, or a tel: phone number. The PDF's links are its link annotations; the web page's and the EPUB's
 * are every {@code href} of every HTML and XHTML file (the EPUB unzipped), parsed as a browser or reading system
 * parses them (jsoup: HTML5 rules for .html, XML for the EPUB's .xhtml) and resolved against the file's own address,
 * as a browser resolves them. A relative link must name a file the output holds; a link that leaves the output is
 * judged by the rules. A link an edition made that the check never judged fails here.
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
        "[https://medlineplus.gov](https://evil.com)", "\u200B", "&shy;", "medlineplus.gov.evil.com", "3.5 mg",
        "[leaflet](leaflet.html)", "[home](//evil.com/a)", "[x](javascript:alert(1))", "[t](TEL:911)"};

    /** One link an edition holds: where it was found and the address a browser would follow. */
    private record Link(String where, String address) {
    }

    @TempDir
    Path dir;

    @Test
    void everyLinkTheEditionsMakePassedTheCheck() throws IOException {
        Random random = new Random(SEED);
        int passed = 0;
        int[] judged = new int[3];
        for (int i = 0; i < CASES; i++) {
            StringBuilder body = new StringBuilder("---\ntitle: Links\n---\n\n");
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                body.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            body.append("\n");
            Path content = Files.createDirectories(dir.resolve("content" + i));
            Files.writeString(content.resolve("allowed-links.yaml"), "- medlineplus.gov\n");
            Path file = content.resolve("case.md");
            Files.writeString(file, body);
            CliRun check = CliRun.of("check", file.toString());
            if (check.code() != ExitCode.OK) {
                continue;
            }
            passed++;
            Path out = dir.resolve("out" + i);
            CliRun build = CliRun.of("build", content.toString(), "--format", "pdf,epub,web", "--out", out.toString());
            assertEquals(ExitCode.OK, build.code(), build.toString());
            String where = "case " + i + ": check passed\n" + body + "\nbut ";
            for (String uri : pdfLinks(out)) {
                judged[0]++;
                assertTrue(passesTheLinkRules(uri), where + "the PDF links " + uri);
            }
            for (Link link : webLinks(out)) {
                judged[1]++;
                assertLinkAllowed(link, out, where);
            }
            Path book = dir.resolve("epub" + i);
            for (Link link : epubLinks(out, book)) {
                judged[2]++;
                assertLinkAllowed(link, book, where);
            }
        }
        System.out.printf("LinkAgreementTest: %d of %d cases passed check; links judged: PDF %d, web %d, EPUB %d%n",
                passed, CASES, judged[0], judged[1], judged[2]);
        assertTrue(passed > 0 && judged[0] > 0 && judged[1] > 0 && judged[2] > 0,
                "the corpus must hold guides the check passes, with links in every edition");
    }

    /** A link that stays in the output must name a file it holds; any other must pass the link rules. */
    private static void assertLinkAllowed(Link link, Path root, String where) {
        String what = where + link.where() + " links " + link.address();
        if (link.address().regionMatches(true, 0, "file:", 0, 5)) {
            URI uri = URI.create(link.address());
            assertTrue(uri.getAuthority() == null || uri.getAuthority().isEmpty(), what + " (a file on another host)");
            Path target = Path.of(URI.create("file://" + uri.getRawPath())).normalize();
            assertTrue(target.startsWith(root.toAbsolutePath().normalize()), what + " (outside the output)");
            assertTrue(Files.isRegularFile(target), what + " (a file the output does not hold)");
        } else {
            assertTrue(passesTheLinkRules(link.address()), what);
        }
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
        List<Path> pdfs = files(out, ".pdf");
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

    /** Every link of every web page of the output (the guide's page with its read-along player, the index). */
    private static List<Link> webLinks(Path out) throws IOException {
        List<Path> pages = files(out, ".html");
        assertTrue(pages.size() >= 2, "the guide's web page and the library index: " + pages);
        List<Link> links = new ArrayList<>();
        for (Path page : pages) {
            links.addAll(links(page, Parser.htmlParser(), "the web page " + out.relativize(page)));
        }
        return links;
    }

    /** Every link of every XHTML file of the output's EPUB, unzipped into {@code book}. */
    private static List<Link> epubLinks(Path out, Path book) throws IOException {
        List<Path> epubs = files(out, ".epub");
        assertEquals(1, epubs.size(), epubs.toString());
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epubs.get(0)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = book.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(book), "an EPUB entry outside the book: " + e.getName());
                if (!e.isDirectory()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        List<Link> links = new ArrayList<>();
        for (Path page : files(book, ".xhtml")) {
            links.addAll(links(page, Parser.xmlParser(), "the EPUB's " + book.relativize(page)));
        }
        return links;
    }

    /** Every href (also a namespaced one, such as SVG's xlink:href) of the file, resolved against its address. */
    private static List<Link> links(Path page, Parser parser, String where) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(page)) {
            doc = Jsoup.parse(in, StandardCharsets.UTF_8.name(), page.toUri().toString(), parser);
        }
        List<Link> links = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.equals("href") || key.endsWith(":href")) {
                    String resolved = e.absUrl(a.getKey());
                    assertTrue(!resolved.isEmpty(), where + " has a link no browser can follow: " + a.getValue());
                    links.add(new Link(where, resolved));
                }
            }
        }
        return links;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
