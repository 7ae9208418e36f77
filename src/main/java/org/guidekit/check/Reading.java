package org.guidekit.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The word sequences a listener may correctly hear for one piece of printed information: "0" may be "zero" or
 * "oh", "120" may be "one hundred twenty" or "one hundred and twenty". Each alternative is lower-case words joined
 * by single spaces; the first is the canonical reading shown in messages. Immutable.
 */
final class Reading {
    /** Enough for a phone number with seven zeros read as "zero" or "oh"; past it, later alternatives are dropped. */
    private static final int LIMIT = 8192;
    private static final Reading SILENT = new Reading(List.of(""));

    private final List<String> alternatives;
    private final Set<String> lookup;
    private int longest = -1;

    private Reading(List<String> alternatives) {
        this.alternatives = List.copyOf(alternatives);
        this.lookup = Set.copyOf(alternatives);
    }

    /** A reading with these alternatives, the first canonical; each is normalised to single spaces. */
    static Reading of(String... alternatives) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String a : alternatives) {
            set.add(a.strip().replaceAll("\\s+", " "));
        }
        return new Reading(new ArrayList<>(set));
    }

    /** Nothing said (the neutral element of {@link #then}). */
    static Reading silent() {
        return SILENT;
    }

    /** This or {@code other}; this one's canonical reading stays first. */
    Reading or(Reading other) {
        LinkedHashSet<String> set = new LinkedHashSet<>(alternatives);
        for (String a : other.alternatives) {
            if (set.size() >= LIMIT) {
                break;
            }
            set.add(a);
        }
        return new Reading(new ArrayList<>(set));
    }

    /** This, then {@code next}: every combination. */
    Reading then(Reading next) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String a : alternatives) {
            for (String b : next.alternatives) {
                if (set.size() >= LIMIT) {
                    return new Reading(new ArrayList<>(set));
                }
                set.add(a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b);
            }
        }
        return new Reading(new ArrayList<>(set));
    }

    /** This, then these words. */
    Reading then(String words) {
        return then(of(words));
    }

    /** This or nothing, this first. */
    Reading optional() {
        return or(SILENT);
    }

    /** True if {@code words} (lower case, single spaces) is one of the alternatives. */
    boolean accepts(String words) {
        return lookup.contains(words);
    }

    /** The reading shown in messages. */
    String canonical() {
        return alternatives.get(0);
    }

    List<String> alternatives() {
        return alternatives;
    }

    /** The most words any alternative has. */
    int longest() {
        if (longest < 0) {
            int max = 0;
            for (String a : alternatives) {
                max = Math.max(max, a.isEmpty() ? 0 : a.split(" ").length);
            }
            longest = max; // a benign race: every thread computes the same number
        }
        return longest;
    }

    @Override
    public String toString() {
        return alternatives.toString();
    }
}
