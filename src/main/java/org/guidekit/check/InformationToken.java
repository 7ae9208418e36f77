package org.guidekit.check;

import java.util.List;

/**
 * One piece of information in printed text that the voice must say exactly: a phone number, a dose, a range, a
 * date, a time, a temperature, a blood pressure, a lab value or a plain number.
 *
 * @param printed  the text as printed
 * @param start    its first character in the text it was found in
 * @param end      the character after it
 * @param type     phone, dose or other: how much a wrong reading matters
 * @param kind     what it is, in a word or two ("phone", "range", "blood pressure"), for figures
 * @param reading  every correct way to say it
 * @param parts    its parts in order (the groups of a phone number, the two ends of a range, number and unit), each
 *                 with its own readings, so a message can name the part that was said wrong; one part when it has
 *                 no smaller parts
 */
record InformationToken(String printed, int start, int end, Type type, String kind, Reading reading,
                        List<Part> parts) {
    /** How much a wrong reading of the token matters. */
    enum Type {
        /** A phone number: a patient dials what they hear. */
        PHONE,
        /** An amount of medicine: a patient takes what they hear. */
        DOSE,
        /** Any other number, range, date, time or measurement. */
        OTHER;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One part of a token: its printed text and how it may be said. */
    record Part(String printed, Reading reading) {
    }

    InformationToken {
        parts = List.copyOf(parts);
    }
}
