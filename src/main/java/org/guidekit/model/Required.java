package org.guidekit.model;

/**
 * The null checks of a record's compact constructor in one line: {@code Required.nonNull("id kind title", id, kind,
 * title)} instead of one {@code Objects.requireNonNull} per component. A record with three or more components that
 * must not be null uses it; the records outside the model use it too, since every package sees the model.
 */
public final class Required {
    private Required() {
    }

    /**
     * Throws when any of {@code values} is null.
     *
     * @param names  the components' names, one per value, in the same order, separated by single spaces
     * @param values the components' values
     * @throws NullPointerException     naming the first component that is null, as {@code Objects.requireNonNull}
     * @throws IllegalArgumentException when there are not as many names as values, so a mistake in a call fails the
     *                                  first time the record is made, not only when a value is null
     */
    public static void nonNull(String names, Object... values) {
        int count = names.isEmpty() ? 0 : 1;
        for (int i = 0; i < names.length(); i++) {
            if (names.charAt(i) == ' ') {
                count++;
            }
        }
        if (count != values.length) {
            throw new IllegalArgumentException(count + " names for " + values.length + " values: " + names);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(names.split(" ")[i]);
            }
        }
    }
}
