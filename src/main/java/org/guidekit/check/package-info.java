/**
 * Content checks: the review a careful health educator would do before a guide is printed or spoken.
 *
 * <p>Pure functions over the content model. {@link org.guidekit.check.GuideChecker} runs every
 * {@link org.guidekit.check.Rule} listed in {@link org.guidekit.check.Rules} over a
 * {@link org.guidekit.model.Guide} and returns {@link org.guidekit.check.Finding}s (rule id, severity, file, line,
 * message, what to do) plus a {@link org.guidekit.check.ReadabilityScore}. A rule is its condition and its
 * message: most extend {@link org.guidekit.check.PieceRule}, which walks the pieces they judge (each piece of text
 * of {@link org.guidekit.check.GuideText}, each block of one kind, each link) and hands them a
 * {@link org.guidekit.check.Findings} to add to; the few that weigh the whole guide (reading grade, repeated
 * brands, unknown words, review date) implement {@code Rule} directly. Rules cover readability
 * ({@link org.guidekit.check.Readability}: Flesch-Kincaid grade and SMOG), accessibility, the safety of links and
 * pasted web spam, and speech (words the voice does not know, through the small
 * {@link org.guidekit.check.VoiceLexicon} interface so that no speech engine type appears here; and the speech
 * verifier, {@code SpokenReadingRule}, which compares every phone number, dose, range, date, time and number on the
 * page, read by its own tables in {@code InformationTokens}, with the words the voice says for it, given through
 * {@link org.guidekit.check.VoiceWords}).
 * {@link org.guidekit.check.TextReport} and {@link org.guidekit.check.JsonReport} write the results.
 * This package depends only on {@code model} and {@code error}; it reads no files.
 */
package org.guidekit.check;
