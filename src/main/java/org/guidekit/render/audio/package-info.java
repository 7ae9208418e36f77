/**
 * Voices a {@link org.guidekit.render.speech.SpeechScript}: synthesis, levels, MP3/WAV encoding, chapters and
 * captions. The only package that touches FreeTTS ({@link org.guidekit.render.audio.FreeTtsSynthesizer}), jump3r
 * ({@link org.guidekit.render.audio.Mp3Encoder}) and mp3agic ({@link org.guidekit.render.audio.Id3Chapters}).
 *
 * <p>Entry points: {@link org.guidekit.render.audio.AudioRenderer} (the MP3 and WAV formats) and
 * {@link org.guidekit.render.audio.SpeechService}, the build's one speech stage, which makes each guide's speech
 * product once (script, timings, raw samples, section MP3s and one chaptered MP3) for every format that needs its
 * audio, in whatever order they ask, on one voice per core ({@code warmUp} loads them early), with a section cache
 * between builds, and owns the session's recent speech scripts ({@code LastScript}), which the safety gate, its
 * {@code preflight} and its {@code voiceWords()} (the speech verifier of {@code check}) share, so nothing about a
 * session is static; {@link org.guidekit.render.audio.FreeTtsLexicon} answers "does the voice know this word?" for the
 * checks and the speech plan (from the words alone, {@link org.guidekit.render.audio.LexiconWords}), and
 * {@link org.guidekit.render.audio.FreeTtsVoiceWords} gives the speech verifier the words FreeTTS says for each
 * printed element (its Word relation, without synthesis).
 *
 * <p>Underneath (e.g. for a DAISY renderer): {@link org.guidekit.render.audio.GuideSynthesizer#synthesize} voices a
 * script once, section by section in parallel, and returns a {@link org.guidekit.render.audio.SynthesizedGuide}: one
 * levelled, constant-bitrate mono MP3 (and optionally raw PCM) per section in a work folder, with the timing of every
 * utterance. From it, {@link org.guidekit.render.audio.SynthesizedGuide#writeSectionMp3s} copies one MP3 per section
 * under flat ASCII names, {@link org.guidekit.render.audio.SynthesizedGuide#clipMapPerSection()} and
 * {@link org.guidekit.render.audio.SynthesizedGuide#clipMapForSingleFile(String)} give an
 * {@link org.guidekit.render.audio.AudioClipMap} (utterance/block id → file, begin, end),
 * {@link org.guidekit.render.audio.SynthesizedGuide#sentenceClipsPerSection()} the same per sentence (DAISY pars),
 * and {@link org.guidekit.render.audio.Mp3Writer} joins the sections into one chaptered MP3 with a Xing Info frame.
 * {@link org.guidekit.render.audio.Leveller} brings each section to -18 LUFS with its true peak (measured 4x
 * oversampled by {@link org.guidekit.render.audio.TruePeak}) under -2 dBTP, so the MP3s stay at or below -1 dBTP.
 * Memory is bounded by one section's PCM per worker thread: finished sections live on disk, never the whole
 * guide's audio in memory.
 */
package org.guidekit.render.audio;
