package org.guidekit.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF for tests: one initialisation per JVM; returns the failed rules, each once with its first message. */
final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Failed rules per flavour, e.g. {@code "PDFUA_1 7.1-3 (x4): Content shall be marked as Artifact..."}. */
    static List<String> failures(byte[] pdf, PDFAFlavour... flavours) {
        List<String> failed = new ArrayList<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                flavours[0])) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(List.of(flavours));
            List<ValidationResult> results = validator.validateAll(parser);
            if (results.size() != flavours.length) {
                throw new AssertionError("veraPDF ran " + results.size() + " profiles, not " + flavours.length);
            }
            for (ValidationResult r : results) {
                Map<String, String> first = new TreeMap<>();
                Map<String, Integer> count = new TreeMap<>();
                for (TestAssertion a : r.getTestAssertions()) {
                    if (a.getStatus() == TestAssertion.Status.FAILED) {
                        String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                        first.putIfAbsent(rule, a.getMessage() + " @ " + a.getLocation().getContext());
                        count.merge(rule, 1, Integer::sum);
                    }
                }
                first.forEach((rule, msg) -> failed.add(r.getPDFAFlavour() + " " + rule + " (x" + count.get(rule)
                        + "): " + msg));
            }
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the file", e);
        }
        return failed;
    }
}
