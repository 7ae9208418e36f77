package org.guidekit.read;

/** Whether text has anything a voice can say: at least one letter or digit, in any script. */
final class Speakable {
    private Speakable() {
    }

    static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
