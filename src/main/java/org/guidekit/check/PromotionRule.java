package org.guidekit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Brand promotion: a product with its dose strength in a heading ("Use Muscle Relaxants Like Baclof 10 mg") is an
 * advert, not a care step (error); a capitalised product name with a strength repeated in the text is a warning.
 * A clinic guide names the medicine and says it is taken only as prescribed.
 */
final class PromotionRule implements Rule {
    static final String HEADING = "dose-in-heading";
    static final String REPEATED = "brand-promotion";
    private static final String DOSE = "\\d+(?:[.,]\\d+)?\\s?(?:mg|mcg|\u00B5g|g|ml|mL|IU|iu|units?)\\b";
    private static final Pattern NAME_AND_DOSE = Pattern.compile("(?<![\\p{L}-])(\\p{L}[\\p{L}-]++)\\s+" + DOSE);
    /** A capitalised name after a lower-case word or comma, so the first word of a sentence ("Take 10 mg") is not one. */
    private static final Pattern BRAND_AND_DOSE = Pattern.compile("(?<=[\\p{Ll},:]\\s)(\\p{Lu}[\\p{L}-]++)\\s+" + DOSE);

    @Override
    public List<String> ids() {
        return List.of(HEADING, REPEATED);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> found = new ArrayList<>();
        for (TextUnit u : context.text().units()) {
            if (u.kind() != TextUnit.Kind.ORGANIZATION && !u.kind().isProse() && u.kind() != TextUnit.Kind.TABLE_CELL
                    && u.kind() != TextUnit.Kind.ALT_TEXT) {
                Matcher m = NAME_AND_DOSE.matcher(u.text());
                if (m.find()) {
                    found.add(context.finding(HEADING, Severity.ERROR, u.line(), "the heading names a product with its "
                            + "strength (\"" + m.group() + "\"), which promotes it", "write what the step is "
                            + "about, e.g. \"Ask about medicine\"; name the medicine (not a brand) in the text"));
                }
            }
        }
        uses(context).forEach((brand, lines) -> {
            if (lines.size() >= 2) {
                found.add(context.finding(REPEATED, Severity.WARNING, lines.get(0), "\"" + brand + "\" is promoted "
                        + "with its strength " + lines.size() + " times (lines " + lines.stream().distinct()
                        .map(String::valueOf).collect(Collectors.joining(", ")) + ")", "name the medicine once, "
                        + "by its generic name, and say to take it only as prescribed"));
            }
        });
        return found;
    }

    /** Each brand-and-strength in the running text with the lines of all its uses. */
    private static Map<String, List<Integer>> uses(CheckContext context) {
        Map<String, List<Integer>> brands = new LinkedHashMap<>();
        List<TextUnit> prose = context.text().units().stream().filter(u -> u.kind().isProse()).toList();
        for (TextUnit u : prose) {
            Matcher m = BRAND_AND_DOSE.matcher(u.text());
            while (m.find()) {
                brands.putIfAbsent(m.group().replaceAll("\\s+", " "), new ArrayList<>());
            }
        }
        // Once a name is known to be a brand, its uses at the start of a sentence count too.
        for (TextUnit u : prose) {
            String text = u.text().replaceAll("\\s+", " ");
            brands.forEach((brand, lines) -> {
                for (int i = text.indexOf(brand); i >= 0; i = text.indexOf(brand, i + 1)) {
                    lines.add(u.line());
                }
            });
        }
        return brands;
    }
}
