/**
 * The spoken plan of a guide, before any sound: pure Java, no FreeTTS types.
 *
 * <p>{@link org.guidekit.render.speech.SpeechScriptBuilder} turns the model into a
 * {@link org.guidekit.render.speech.SpeechScript}: chapters ({@link org.guidekit.render.speech.SpeechSection}: the
 * opening, each section, each warning, caution or important callout, and what follows such a callout) of
 * {@link org.guidekit.render.speech.Utterance}s, each with the id of the block it came from, its sentences (each with
 * the id of the printed sentence it reads, from {@link org.guidekit.render.speech.PrintedSentences}), the pause after
 * it and its {@link org.guidekit.render.speech.Prosody}. {@link org.guidekit.render.speech.HealthTextNormalizer}
 * rewrites printed health text ("10 mg", "140/90", "Call 911") into what a person would say, with one recogniser
 * class per kind of text: PhoneNumbers, ClockTimes, SpokenDates, SpokenAmounts, Units (numbers with units and
 * rates), SpokenNumbers, ClinicalShorthand, SpokenWords and Initialisms. {@link
 * org.guidekit.render.speech.Pronunciations} turns a clinic's respellings ("BACK-low-fen") or CMU phones into
 * validated phone lists. Golden tests pin the script; the audio package only voices it.
 */
package org.guidekit.render.speech;
