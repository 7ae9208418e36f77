package org.guidekit.render.daisy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Our own DAISY 2.02 validation suite, the rules of daisy202.md and the DAISY issue: well-formed XML, required
 * NCC metadata, heading order and levels, every NCC link resolving to a SMIL element, every SMIL text pointing to
 * an existing content id, clips inside their audio files, and the total time. Returns every problem found.
 */
final class DaisyBookCheck {
    static final List<String> REQUIRED_ONCE = List.of("dc:title", "dc:identifier", "dc:format", "dc:date",
            "dc:publisher", "ncc:charset", "ncc:pageFront", "ncc:pageNormal", "ncc:pageSpecial", "ncc:tocItems",
            "ncc:totalTime", "ncc:multimediaType", "ncc:generator", "ncc:setInfo");
    private static final Pattern NPT = Pattern.compile("npt=(\\d+)\\.(\\d{3})s");

    private final Path folder;
    private final ToLongFunction<Path> audioMs;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Document> docs = new HashMap<>();

    private DaisyBookCheck(Path folder, ToLongFunction<Path> audioMs) {
        this.folder = folder;
        this.audioMs = audioMs;
    }

    /** Every rule broken by the book in {@code folder}; {@code audioMs} gives an audio file's length. */
    static List<String> problems(Path folder, ToLongFunction<Path> audioMs) throws IOException {
        DaisyBookCheck c = new DaisyBookCheck(folder, audioMs);
        c.run();
        return c.problems;
    }

    private void run() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.matches("[a-z0-9_.-]+")) {
                    problems.add(name + ": file name is not flat lower-case ASCII");
                }
                if (name.endsWith(".html") || name.endsWith(".smil")) {
                    parse(f);
                }
            }
        }
        Document ncc = docs.get("ncc.html");
        if (ncc == null) {
            problems.add("ncc.html is missing");
            return;
        }
        long declared = nccMeta(ncc);
        headings(ncc);
        long total = 0;
        for (String name : docs.keySet().stream().filter(n -> n.endsWith(".smil")).sorted().toList()) {
            total += smil(name, docs.get(name));
        }
        if (Math.abs(total - declared) > 500) {
            problems.add("ncc:totalTime is " + declared + " ms but the clips add up to " + total + " ms");
        }
    }

    private void parse(Path f) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder b = factory.newDocumentBuilder();
            b.setEntityResolver((p, s) -> new InputSource(new StringReader("")));
            b.setErrorHandler(null);
            docs.put(f.getFileName().toString(), b.parse(f.toFile()));
        } catch (Exception e) {
            problems.add(f.getFileName() + ": not well-formed XML: " + e.getMessage());
        }
    }

    /** Checks the NCC's meta elements; returns ncc:totalTime in ms. */
    private long nccMeta(Document ncc) {
        Map<String, List<String>> metas = metas(ncc);
        for (String name : REQUIRED_ONCE) {
            int n = metas.getOrDefault(name, List.of()).size();
            if (n != 1) {
                problems.add("ncc.html: meta " + name + " appears " + n + " times, must appear once");
            }
        }
        for (String name : List.of("dc:creator", "dc:language")) {
            if (!metas.containsKey(name)) {
                problems.add("ncc.html: meta " + name + " is missing");
            }
        }
        expect(metas, "dc:format", "Daisy 2.02");
        expect(metas, "ncc:multimediaType", "audioFullText");
        expect(metas, "ncc:setInfo", "1 of 1");
        String total = metas.getOrDefault("ncc:totalTime", List.of("00:00:00")).get(0);
        if (!total.matches("\\d\\d:\\d\\d:\\d\\d")) {
            problems.add("ncc:totalTime \"" + total + "\" is not hh:mm:ss");
            return 0;
        }
        String[] p = total.split(":");
        return (Long.parseLong(p[0]) * 3600 + Long.parseLong(p[1]) * 60 + Long.parseLong(p[2])) * 1000;
    }

    private void expect(Map<String, List<String>> metas, String name, String value) {
        List<String> v = metas.getOrDefault(name, List.of());
        if (!v.isEmpty() && !v.get(0).equals(value)) {
            problems.add("ncc.html: meta " + name + " is \"" + v.get(0) + "\", expected \"" + value + "\"");
        }
    }

    private static Map<String, List<String>> metas(Document d) {
        Map<String, List<String>> m = new HashMap<>();
        NodeList list = d.getElementsByTagName("meta");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.hasAttribute("name")) {
                m.computeIfAbsent(e.getAttribute("name"), k -> new ArrayList<>()).add(e.getAttribute("content"));
            }
        }
        return m;
    }

    private void headings(Document ncc) {
        Element body = (Element) ncc.getElementsByTagName("body").item(0);
        List<Element> items = children(body);
        if (items.isEmpty() || !items.get(0).getTagName().equals("h1")
                || !items.get(0).getAttribute("class").equals("title")) {
            problems.add("ncc.html: the first element of body must be <h1 class=\"title\">");
        }
        int previous = 0;
        Set<String> ids = new HashSet<>();
        for (Element h : items) {
            if (!h.getTagName().matches("h[1-6]")) {
                problems.add("ncc.html: unexpected <" + h.getTagName() + "> in body");
                continue;
            }
            int level = h.getTagName().charAt(1) - '0';
            if (level > previous + 1) {
                problems.add("ncc.html: heading " + h.getAttribute("id") + " jumps from h" + previous + " to h" + level);
            }
            previous = level;
            if (h.getAttribute("id").isEmpty() || !ids.add(h.getAttribute("id"))) {
                problems.add("ncc.html: heading without a unique id: " + h.getTextContent());
            }
            List<Element> links = children(h);
            if (links.size() != 1 || !links.get(0).getTagName().equals("a")) {
                problems.add("ncc.html: heading " + h.getAttribute("id") + " must hold exactly one link");
            } else {
                Element target = resolves("ncc.html", links.get(0).getAttribute("href"), ".smil");
                if (target != null && !target.getTagName().equals("text")) {
                    // daisy-player starts from a par's <text>, as DAISY Pipeline books link; a par id plays nothing
                    problems.add("ncc.html: heading " + h.getAttribute("id") + " links to a <" + target.getTagName()
                            + ">, not to the <text> of a par");
                }
            }
        }
        String toc = metas(ncc).getOrDefault("ncc:tocItems", List.of("-1")).get(0);
        if (!toc.equals(String.valueOf(items.size()))) {
            problems.add("ncc:tocItems is " + toc + " but the NCC has " + items.size() + " items");
        }
    }

    /** Checks one SMIL file; returns its summed clip time. */
    private long smil(String name, Document smil) {
        Map<String, List<String>> metas = metas(smil);
        for (String m : List.of("dc:format", "dc:title", "ncc:timeInThisSmil", "ncc:totalElapsedTime")) {
            if (!metas.containsKey(m)) {
                problems.add(name + ": meta " + m + " is missing");
            }
        }
        NodeList regions = smil.getElementsByTagName("region");
        if (regions.getLength() != 1 || !((Element) regions.item(0)).getAttribute("id").equals("txtView")) {
            problems.add(name + ": layout must hold <region id=\"txtView\"/>");
        }
        uniqueIds(name, smil);
        long sum = 0;
        NodeList pars = smil.getElementsByTagName("par");
        for (int i = 0; i < pars.getLength(); i++) {
            sum += par(name, (Element) pars.item(i));
        }
        NodeList seqs = smil.getElementsByTagName("seq");
        if (seqs.getLength() == 1) {
            String dur = ((Element) seqs.item(0)).getAttribute("dur");
            if (!dur.equals(DaisyTime.seconds(sum))) {
                problems.add(name + ": seq dur " + dur + " differs from its clips' total " + DaisyTime.seconds(sum));
            }
        } else {
            problems.add(name + ": body must hold one main <seq>");
        }
        return sum;
    }

    private long par(String name, Element par) {
        if (!par.getAttribute("endsync").equals("last")) {
            problems.add(name + ": par " + par.getAttribute("id") + " lacks endsync=\"last\"");
        }
        Element text = (Element) par.getElementsByTagName("text").item(0);
        Element audio = (Element) par.getElementsByTagName("audio").item(0);
        if (text == null || audio == null) {
            problems.add(name + ": par " + par.getAttribute("id") + " needs a text and an audio element");
            return 0;
        }
        resolves(name, text.getAttribute("src"), ".html");
        if (text.getAttribute("id").isEmpty()) {
            problems.add(name + ": the <text> of par " + par.getAttribute("id") + " has no id");
        }
        long begin = npt(name, audio.getAttribute("clip-begin"));
        long end = npt(name, audio.getAttribute("clip-end"));
        Path file = folder.resolve(audio.getAttribute("src"));
        if (!Files.isRegularFile(file)) {
            problems.add(name + ": audio " + audio.getAttribute("src") + " does not exist");
        } else if (end > audioMs.applyAsLong(file)) {
            problems.add(name + ": clip ends at " + end + " ms, after the end of " + file.getFileName() + " ("
                    + audioMs.applyAsLong(file) + " ms)");
        }
        if (end <= begin) {
            problems.add(name + ": clip " + audio.getAttribute("id") + " ends before it begins");
        }
        return end - begin;
    }

    private long npt(String name, String value) {
        Matcher m = NPT.matcher(value);
        if (!m.matches()) {
            problems.add(name + ": clip time \"" + value + "\" is not npt=s.mmms");
            return 0;
        }
        return Long.parseLong(m.group(1)) * 1000 + Long.parseLong(m.group(2));
    }

    /** The element {@code href} points to, or null (and a problem) if there is none. */
    private Element resolves(String from, String href, String suffix) {
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        Document target = docs.get(file);
        if (hash < 0 || !file.endsWith(suffix) || target == null) {
            problems.add(from + ": link " + href + " does not point into an existing " + suffix + " file");
            return null;
        }
        Element e = byId(target, href.substring(hash + 1));
        if (e == null) {
            problems.add(from + ": link " + href + " points to an id that does not exist");
        }
        return e;
    }

    private void uniqueIds(String name, Document d) {
        Set<String> seen = new HashSet<>();
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty() && !seen.add(id)) {
                problems.add(name + ": id " + id + " is used twice");
            }
        }
    }

    static Element byId(Document d, String id) {
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (((Element) all.item(i)).getAttribute("id").equals(id)) {
                return (Element) all.item(i);
            }
        }
        return null;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }
}
