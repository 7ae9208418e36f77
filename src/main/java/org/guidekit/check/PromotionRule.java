package org.guidekit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Brand promotion: a capitalised product name with its strength repeated in the text is a warning (a product with
 * its strength in a heading is {@link DoseInHeadingRule}'s error). A clinic guide names the medicine and says it is
 * taken only as prescribed.
 */
final class PromotionRule implements Rule {
    static final String REPEATED = "brand-promotion";
    /** A dose strength: "10 mg", "2.5 ml", "100 units". */
    static final String DOSE = "\\d+(?:[.,]\\d+)?\\s?(?:mg|mcg|\u00B5g|g|ml|mL|IU|iu|units?)\\b";
    /** A capitalised name after a lower-case word or comma, so the first word of a sentence ("Take 10 mg") is not one. */
    private static final Pattern BRAND_AND_DOSE = Pattern.compile("(?<=[\\p{Ll},:]\\s)(\\p{Lu}[\\p{L}-]++)\\s+" + DOSE);

    @Override
    public List<String> ids() {
        return List.of(REPEATED);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        Findings found = new Findings(context, REPEATED);
        uses(context).forEach((brand, lines) -> {
            if (lines.size() >= 2) {
                found.add(Severity.WARNING, lines.get(0), "\"" + brand + "\" is promoted with its strength "
                        + lines.size() + " times (lines " + lines.stream().distinct().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")", "name the medicine once, by its generic name, and "
                        + "say to take it only as prescribed");
            }
        });
        return found.list();
    }

    /** Each brand-and-strength in the running text with the lines of all its uses. */
    private static Map<String, List<Integer>> uses(CheckContext context) {
        Map<String, List<Integer>> brands = new LinkedHashMap<>();
        List<TextUnit> prose = context.units().stream().filter(u -> u.kind().isProse()).toList();
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
