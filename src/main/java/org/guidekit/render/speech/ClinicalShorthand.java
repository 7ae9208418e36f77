package org.guidekit.render.speech;

import java.util.List;

/**
 * Prescription shorthand a patient should not have to decode, expanded where it has one meaning: "q4h" → "every 4
 * hours", "sc" → "under the skin", "ext. 2040" → "extension 2040". Shorthand with more than one reading ("qd" is
 * easily taken for "qid") is left for the content check to flag. Runs before units, which would read the "h" of
 * "q4h" as hours on its own.
 */
final class ClinicalShorthand {
    private ClinicalShorthand() {
    }

    static List<Rewrite> rules() {
        return List.of(HealthTextNormalizer.withDigits(List.of(
                Rewrite.of("\\b[qQ]\\.?\\s?(\\d+)(?:\\s?(?:-|to)\\s?(\\d+))?\\s?(?:h|hr|hrs|hours?)\\b\\.?"
                        + "(?=(\\s*$|\\s+[A-Z]))?", m -> "every " + m.group(1)
                        + (m.group(2) == null ? "" : " to " + m.group(2))
                        + (m.group(1).equals("1") && m.group(2) == null ? " hour" : " hours")
                        + (m.group(3) != null && m.group().endsWith(".") ? "." : "")))),
                // every match starts with one of the guard's pairs
                Rewrite.onlyWhere("[sS]\\.|sc|SC|su|SQ", List.of(Rewrite.literal("(?<![\\w.])(?:[sS]\\.[cC]\\.|[sS]\\.[qQ]\\.|sc|SC|subcut|subq|SQ)(?![\\w])",
                        "under the skin"))),
                HealthTextNormalizer.withDigits(List.of(Rewrite.of("(?<![\\w.])(?i:ext)\\.?\\s?(\\d{2,6})\\b", m -> "extension "
                        + NumberWords.digits(m.group(1))))));
    }
}
