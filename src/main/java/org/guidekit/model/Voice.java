package org.guidekit.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Which speech engine says a guide, and with which of its voices: the value of a {@code voice:} setting
 * ({@code freetts}, {@code espeak-ng}, {@code espeak-ng:es-419}, or {@code none} for a guide that gets no audio
 * editions) or the default for the guide's language (English:
 * FreeTTS; Spanish: espeak-ng {@code es-419} for the Americas, {@code es} for Spain; French: espeak-ng {@code fr}).
 * Operating-system voices (Windows SAPI, macOS {@code say}) would be further {@link Engine}s with their adapters.
 *
 * @param engine the engine
 * @param name   the engine's voice, or empty for the engine's voice for the guide's language
 */
public record Voice(Engine engine, Optional<String> name) {
    /** FreeTTS's kevin16, the English default. */
    public static final Voice FREETTS = new Voice(Engine.FREETTS, Optional.empty());

    /** No voice: the guide gets no audio editions (its EPUB and page come without audio). */
    public static final Voice NONE = new Voice(Engine.NONE, Optional.empty());

    /** The speech engines guidekit can drive. */
    public enum Engine {
        /** None: the guide is not spoken. */
        NONE("none"),
        /** FreeTTS, inside guidekit: English only. */
        FREETTS("freetts"),
        /** The espeak-ng program: many languages; must be installed. */
        ESPEAK_NG("espeak-ng");

        private final String id;

        Engine(String id) {
            this.id = id;
        }

        /** The engine's name in a {@code voice:} setting. */
        public String id() {
            return id;
        }
    }

    public Voice {
        if (name.isPresent() && !name.get().matches("[A-Za-z0-9_+-]+")) {
            throw new IllegalArgumentException("not a voice name: \"" + name.get() + "\"");
        }
        if (engine != Engine.ESPEAK_NG && name.isPresent()) {
            throw new IllegalArgumentException(engine.id() + " takes no voice name");
        }
    }

    /** The setting's values, for messages. */
    public static final String VALUES = "freetts, espeak-ng, espeak-ng:<voice> (e.g. espeak-ng:es-419) or none";

    /**
     * The voice a setting names.
     *
     * @throws IllegalArgumentException with what the setting may be (and the nearest value), for anything else
     */
    public static Voice parse(String value) {
        String v = value.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals(Engine.FREETTS.id())) {
            return FREETTS;
        }
        if (lower.equals(Engine.NONE.id())) {
            return NONE;
        }
        if (lower.equals(Engine.ESPEAK_NG.id())) {
            return new Voice(Engine.ESPEAK_NG, Optional.empty());
        }
        if (lower.startsWith(Engine.ESPEAK_NG.id() + ":") && v.length() > Engine.ESPEAK_NG.id().length() + 1
                && v.substring(Engine.ESPEAK_NG.id().length() + 1).matches("[A-Za-z0-9_+-]+")) {
            return new Voice(Engine.ESPEAK_NG, Optional.of(v.substring(Engine.ESPEAK_NG.id().length() + 1)));
        }
        throw new IllegalArgumentException("unknown voice \"" + value + "\"; " + suggestion(lower)
                + "the voice is one of " + VALUES);
    }

    private static String suggestion(String lower) {
        String squeezed = lower.replaceAll("[^a-z0-9:]", "");
        if (squeezed.startsWith("espeak") || squeezed.startsWith("espk")) {
            int colon = lower.indexOf(':');
            return "did you mean espeak-ng" + (colon > 0 && colon < lower.length() - 1
                    ? ":" + lower.substring(colon + 1).strip() : "") + "? ";
        }
        if (squeezed.startsWith("free") || squeezed.contains("tts") || squeezed.equals("kevin16")) {
            return "did you mean freetts? ";
        }
        return "";
    }

    /**
     * The default voice for a language tag (BCP 47), or empty when no engine speaks it: English with FreeTTS,
     * Spanish with espeak-ng ({@code es} for Spain and a bare {@code es}, {@code es-419} for every other country),
     * French with espeak-ng {@code fr}.
     */
    public static Optional<Voice> forLanguage(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        return switch (locale.getLanguage()) {
            case "en" -> Optional.of(FREETTS);
            case "es" -> Optional.of(espeakNg(locale.getCountry().isEmpty() || locale.getCountry().equals("ES")
                    ? "es" : "es-419"));
            case "fr" -> Optional.of(espeakNg("fr"));
            default -> Optional.empty();
        };
    }

    private static Voice espeakNg(String name) {
        return new Voice(Engine.ESPEAK_NG, Optional.of(name));
    }

    /**
     * This voice made concrete for a guide in {@code languageTag}: espeak-ng without a name takes its voice for
     * the language ({@code en-us} for American English, {@code en-gb-x-rp} is left to a named setting).
     *
     * @throws IllegalArgumentException when the engine does not speak the language (FreeTTS: English only)
     */
    public Voice forGuide(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        if (engine == Engine.NONE) {
            return this;
        }
        if (engine == Engine.FREETTS) {
            if (!locale.getLanguage().equals("en")) {
                throw new IllegalArgumentException("FreeTTS speaks English only, but the guide's language is "
                        + languageTag + "; choose voice: espeak-ng");
            }
            return this;
        }
        if (name.isPresent()) {
            return this;
        }
        return forLanguage(languageTag).filter(v -> v.engine == Engine.ESPEAK_NG)
                .orElse(espeakNg(locale.getLanguage().equals("en")
                        ? (locale.getCountry().equals("GB") ? "en-gb" : "en-us") : locale.getLanguage()));
    }

    /** The setting's value that names this voice ({@code freetts}, {@code espeak-ng:es-419}). */
    @Override
    public String toString() {
        return engine.id() + name.map(n -> ":" + n).orElse("");
    }
}
