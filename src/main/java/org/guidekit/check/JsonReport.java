package org.guidekit.check;

import java.util.List;
import java.util.Locale;

/**
 * The same report as JSON for other tools. Written by hand: the shape is small and fixed, and a JSON library
 * would be one more dependency to keep inside one package. Strings are escaped per RFC 8259.
 */
public final class JsonReport {
    private JsonReport() {
    }

    /** {@code {"guides":[{file, targetGrade, readability, counts, findings}], "counts":{...}}}, pretty-printed. */
    public static String write(List<GuideReport> reports) {
        StringBuilder out = new StringBuilder("{\n  \"guides\": [");
        for (int i = 0; i < reports.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            guide(reports.get(i), out);
        }
        out.append(reports.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"counts\": ").append(counts(reports)).append("\n}\n");
        return out.toString();
    }

    private static void guide(GuideReport r, StringBuilder out) {
        out.append("    {\n      \"file\": ").append(string(r.file()))
                .append(",\n      \"targetGrade\": ").append(r.targetGrade())
                .append(",\n      \"readability\": ").append(r.readability().map(JsonReport::readability).orElse("null"))
                .append(",\n      \"counts\": ").append(counts(List.of(r)))
                .append(",\n      \"findings\": [");
        List<Finding> findings = r.findings();
        for (int i = 0; i < findings.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("        ").append(finding(findings.get(i)));
        }
        out.append(findings.isEmpty() ? "]\n    }" : "\n      ]\n    }");
    }

    private static String readability(ReadabilityScore s) {
        if (s.spanish()) { // the English grades of Spanish counts would mislead
            return "{\"language\": \"es\", \"szigrisztPazos\": " + number(s.szigrisztPazos())
                    + ", \"inflesz\": " + string(SpanishReadability.inflesz(s.szigrisztPazos()))
                    + ", \"fernandezHuerta\": " + number(s.fernandezHuerta()) + ", \"sentences\": " + s.sentences()
                    + ", \"words\": " + s.words() + ", \"syllables\": " + s.syllables() + "}";
        }
        return "{\"fleschKincaid\": " + number(s.fleschKincaid()) + ", \"smog\": " + number(s.smog())
                + ", \"sentences\": " + s.sentences() + ", \"words\": " + s.words() + ", \"syllables\": "
                + s.syllables() + ", \"polysyllables\": " + s.polysyllables() + "}";
    }

    private static String finding(Finding f) {
        return "{\"rule\": " + string(f.rule()) + ", \"severity\": " + string(f.severity().label()) + ", \"file\": "
                + string(f.file()) + ", \"line\": " + f.line() + ", \"message\": " + string(f.message())
                + ", \"action\": " + string(f.action()) + "}";
    }

    private static String counts(List<GuideReport> reports) {
        StringBuilder sb = new StringBuilder("{");
        for (Severity s : Severity.values()) {
            long n = reports.stream().mapToLong(r -> r.count(s)).sum();
            sb.append(s.ordinal() == 0 ? "" : ", ").append(string(s.label())).append(": ").append(n);
        }
        return sb.append('}').toString();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped; U+2028/9 too, for JavaScript. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
