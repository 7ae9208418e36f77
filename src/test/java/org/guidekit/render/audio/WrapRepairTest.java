package org.guidekit.render.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrapRepairTest {
    @Test
    void overflowThatWrappedIsClampedInstead() {
        // 30000, 33000 (wrapped to -32536), 34000 (wrapped), 31000, then a negative overload wrapping to positive.
        short[] s = {30000, (short) 33000, (short) 34000, 31000, 0, -31000, (short) -33000, -30000};
        assertEquals(3, WrapRepair.repair(s));
        assertArrayEquals(new short[] {30000, 32767, 32767, 31000, 0, -31000, -32768, -30000}, s);
    }

    @Test
    void ordinarySpeechIsUntouched() {
        short[] s = {0, 12000, -12000, 20000, -10000, 0};
        short[] copy = s.clone();
        assertEquals(0, WrapRepair.repair(s));
        assertArrayEquals(copy, s);
    }
}
