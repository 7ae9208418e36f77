package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;

import javax.sound.sampled.AudioFormat;

import de.sciss.jump3r.lowlevel.LameEncoder;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import org.junit.jupiter.api.Test;

/** The encoder skips LAME's ReplayGain analysis, which guidekit never uses (issue 13: a third of encoding). */
class Mp3EncoderTest {
    @Test
    void gainAnalysisIsReallyOff() throws Exception {
        LameEncoder lame = new LameEncoder(new AudioFormat(16000, 16, 1, true, false), Mp3Encoder.BITRATE_KBPS,
                LameEncoder.CHANNEL_MODE_MONO, LameEncoder.QUALITY_LOW, false);
        try {
            Mp3Encoder.skipGainAnalysis(lame);
            Field f = LameEncoder.class.getDeclaredField("gfp");
            f.setAccessible(true);
            var flags = ((LameGlobalFlags) f.get(lame)).internal_flags;
            // Fails if a jump3r upgrade renames what the encoder turns off (it would then silently run slower).
            assertFalse(flags.findReplayGain);
            assertFalse(flags.decode_on_the_fly);
        } finally {
            lame.close();
        }
    }
}
