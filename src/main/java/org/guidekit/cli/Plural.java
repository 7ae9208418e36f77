package org.guidekit.cli;

/** "1 guide", "3 guides". */
final class Plural {
    private Plural() {
    }

    static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
