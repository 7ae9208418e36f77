package org.guidekit.render.speech;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.guidekit.error.ContentException;
import org.guidekit.error.Problem;

/**
 * A clinic's pronunciation list turned into validated CMU phones for the voice's lexicon. Each entry is either a
 * respelling ({@code baclofen: BACK-low-fen}) or CMU phones separated by spaces ({@code baclofen: b ae1 k l ow f eh n}).
 * A bad phone or an unreadable respelling is reported as a {@link ContentException} naming the file, the word and
 * what is wrong, never left to crash inside the voice.
 */
public final class Pronunciations {
    private static final Pattern PHONES = Pattern.compile("[a-z]+[0-9]?(\\s+[a-z]+[0-9]?)+");

    private Pronunciations() {
    }

    /**
     * Merges the shared list and the guide's own (the guide wins) and converts every entry.
     *
     * @param shared      the clinic-wide list and the file it came from (for messages)
     * @param sharedFile  where the shared list came from, as the user knows it
     * @param guide       the guide's front-matter list
     * @param guideFile   the guide's file
     * @return word (lower case) → phones
     */
    public static Map<String, List<String>> resolve(Map<String, String> shared, String sharedFile,
                                                    Map<String, String> guide, String guideFile) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        List<Problem> problems = new java.util.ArrayList<>();
        shared.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> convert(e.getKey(), e.getValue(), sharedFile, result, problems));
        guide.forEach((word, spelling) -> convert(word, spelling, guideFile, result, problems));
        if (!problems.isEmpty()) {
            throw new ContentException(problems); // every bad entry at once, not one per run
        }
        return result;
    }

    private static void convert(String word, String spelling, String file, Map<String, List<String>> into,
                                List<Problem> problems) {
        try {
            into.put(key(word), phones(word, spelling, file));
        } catch (ContentException e) {
            problems.addAll(e.problems());
        }
    }

    /** The phones for one entry, or a {@link ContentException} that names the word and the problem. */
    public static List<String> phones(String word, String spelling, String file) {
        if (!word.matches("[A-Za-z][A-Za-z'-]*")) {
            throw problem(file, "the pronunciation entry \"" + word + "\" is not a single word; "
                    + "list each word on its own line, letters only");
        }
        String s = spelling.strip();
        boolean oneCase = s.equals(s.toLowerCase(Locale.ROOT)) || s.equals(s.toUpperCase(Locale.ROOT));
        if (oneCase && PHONES.matcher(s.toLowerCase(Locale.ROOT)).matches()) {
            s = s.toLowerCase(Locale.ROOT); // the CMU dictionary writes phones in capitals: L AE1 N T AH0 S
            List<String> phones = Arrays.stream(s.split("\\s+")).map(Pronunciations::fromDictionary).toList();
            for (String p : phones) {
                if (!CmuPhones.isValid(p)) {
                    throw problem(file, "the pronunciation of \"" + word + "\" has \"" + p + "\", which is not a CMU "
                            + "phone the voice knows; use phones such as b ae1 k l ow f eh n (only vowels take a 1 "
                            + "for stress) or a respelling such as BACK-low-fen");
                }
            }
            return List.copyOf(phones);
        }
        Optional<List<String>> phones = Respelling.toPhones(s);
        if (phones.isEmpty()) {
            throw problem(file, "the respelling \"" + spelling + "\" for \"" + word + "\" cannot be read; write "
                    + "syllables with letters and hyphens, the stressed one in capitals, e.g. BACK-low-fen");
        }
        return phones.get();
    }

    /**
     * Phones copied from the CMU dictionary mark every vowel's stress (0 none, 1 primary, 2 secondary); the voice
     * takes a digit on stressed vowels only and fails on 0 or 2, so those become unmarked and primary.
     */
    static String fromDictionary(String phone) {
        if (phone.length() > 1 && CmuPhones.isVowel(phone.substring(0, phone.length() - 1))) {
            if (phone.endsWith("0")) {
                return phone.substring(0, phone.length() - 1);
            } else if (phone.endsWith("2")) {
                return phone.substring(0, phone.length() - 1) + "1";
            }
        }
        return phone;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static ContentException problem(String file, String message) {
        return new ContentException(new Problem(file, 0, message));
    }
}
