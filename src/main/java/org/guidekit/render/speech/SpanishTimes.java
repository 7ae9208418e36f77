package org.guidekit.render.speech;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guidekit.render.speech.SpanishNumbers.Gender;

/**
 * Clock times and dates in Spanish: "8:00 a.m." → "las ocho de la mañana", "a la 1:30 p.m." → "a la una y media de
 * la tarde", "14:00" → "las catorce horas", "1/4/2025" → "uno de abril de dos mil veinticinco" (day first, as
 * Spanish prints dates), "2025-04-01" likewise.
 */
final class SpanishTimes {
    private static final List<String> MONTHS = List.of("enero", "febrero", "marzo", "abril", "mayo", "junio",
            "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre");
    private static final String MERIDIAN = "[aApP]\\.? ?[mM]\\.?(?![\\p{L}])";
    private static final Pattern TIME = Pattern.compile("(?<![\\d.,:/])(?:(?<art>\\b[Ll]as?)\\s+)?(?<h>\\d{1,2})"
            + "(?::(?<min>\\d{2})(?![\\d:])|(?=\\s*" + MERIDIAN + "))(?:\\s*(?<mer>" + MERIDIAN + "))?"
            + "(?:\\s*(?<hs>h|hs|hrs|horas)(?![\\p{L}])\\.?)?");
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d/.,-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/.,-]?\\d)");

    private SpanishTimes() {
    }

    /** {@code text} with its dates said. */
    static String dates(String text) {
        String s = ISO_DATE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                date(m.group(3), m.group(2), m.group(1)).orElse(m.group())));
        return DAY_FIRST.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                date(m.group(1), m.group(3), m.group(4)).orElse(m.group())));
    }

    private static java.util.Optional<String> date(String day, String month, String year) {
        int d = Integer.parseInt(day);
        int mo = Integer.parseInt(month);
        if (d < 1 || d > 31 || mo < 1 || mo > 12) {
            return java.util.Optional.empty();
        }
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += 2000; // "1/4/25": leaflets give their own dates, this century's
        }
        return java.util.Optional.of(SpanishNumbers.cardinal(d) + " de " + MONTHS.get(mo - 1) + " de "
                + SpanishNumbers.cardinal(y));
    }

    /** {@code text} with its clock times said. */
    static String times(String text) {
        return SpanishNormalizer.each(TIME, text, m -> time(m).orElse(m.group()));
    }

    private static java.util.Optional<String> time(Matcher m) {
        String printedHour = m.group("h");
        int h = Integer.parseInt(printedHour);
        int min = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
        String mer = m.group("mer");
        if (h > 23 || min > 59 || mer != null && (h == 0 || h > 12)) {
            return java.util.Optional.empty();
        }
        if (mer == null && m.group("min") == null) {
            return java.util.Optional.empty();
        }
        boolean clock24 = mer == null && (h > 12 || h == 0 || printedHour.startsWith("0") || m.group("hs") != null);
        String hour = SpanishNumbers.cardinal(h, Gender.FEMININE); // "la una", "las veintiuna"
        String article = hour.equals("una") ? "la" : "las";
        String art = m.group("art");
        if (art != null && Character.isUpperCase(art.charAt(0))) {
            article = Character.toUpperCase(article.charAt(0)) + article.substring(1);
        }
        StringBuilder s = new StringBuilder(article).append(' ').append(hour);
        if (min > 0) {
            s.append(" y ").append(min == 15 ? "cuarto" : min == 30 ? "media" : SpanishNumbers.cardinal(min));
        }
        if (mer != null) {
            boolean morning = Character.toLowerCase(mer.charAt(0)) == 'a';
            s.append(' ').append(period(h, morning));
        } else if (clock24 && min == 0) {
            s.append(" horas");
        }
        return java.util.Optional.of(s.toString());
    }

    /** The part of the day a 12-hour time is in: "de la mañana", "del mediodía", "de la noche". */
    private static String period(int h, boolean morning) {
        if (morning) {
            return h == 12 ? "de la noche" : h < 6 ? "de la madrugada" : "de la mañana";
        }
        return h == 12 ? "del mediodía" : h < 8 ? "de la tarde" : "de la noche";
    }
}
