package org.guidekit.cli;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine;

/**
 * An option that takes one word from a fixed list ({@code --paper a4}), in any case. picocli uses a subclass twice:
 * as the option's converter, and as its completion candidates, which help prints as {@code ${COMPLETION-CANDIDATES}}
 * and shell completion offers. A word not on the list is an {@link Unknown} whose message, in the staff's words
 * rather than picocli's, {@link ErrorHandler} prints as it is.
 *
 * @param <T> what a word stands for
 */
abstract class Choice<T> implements CommandLine.ITypeConverter<T>, Iterable<String> {
    private final Map<String, T> byWord;

    Choice(Map<String, T> byWord) {
        this.byWord = byWord;
    }

    /** Each constant of an enum under its lower-case name, in declaration order. */
    static <E extends Enum<E>> Map<String, E> lowerCaseNames(E[] values) {
        Map<String, E> words = new LinkedHashMap<>();
        for (E e : values) {
            words.put(e.name().toLowerCase(Locale.ROOT), e);
        }
        return words;
    }

    /** The message for a word that is not a choice, naming the choices. */
    abstract String unknown(String typed);

    @Override
    public T convert(String typed) {
        T value = byWord.get(typed.strip().toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new Unknown(unknown(typed));
        }
        return value;
    }

    @Override
    public Iterator<String> iterator() {
        return byWord.keySet().iterator();
    }

    /** "letter or a4", "pdf, audio or wav". */
    String alternatives() {
        List<String> words = List.copyOf(byWord.keySet());
        int last = words.size() - 1;
        return last == 0 ? words.get(0) : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
    }

    /** A word that is not one of the choices; the message is complete and meant for the user. */
    static final class Unknown extends CommandLine.TypeConversionException {
        private static final long serialVersionUID = 1L;

        Unknown(String message) {
            super(message);
        }
    }
}
