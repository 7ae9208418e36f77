package org.guidekit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.guidekit.error.Problem;
import org.junit.jupiter.api.Test;

class StructureFindingsTest {
    @Test
    void problemBecomesAnErrorSplitIntoMessageAndAction() {
        Finding f = StructureFindings.of(List.of(new Problem("a.md", 7, "image \"x.png\" has no alt text; write "
                + "![description](x.png)"))).get(0);
        assertEquals("a.md:7: error [structure] image \"x.png\" has no alt text; write ![description](x.png)",
                f.toString());
        assertEquals("write ![description](x.png)", f.action());
    }

    @Test
    void wholeFileProblemHasNoLine() {
        assertEquals("a.md: error [structure] the file is empty",
                StructureFindings.of(List.of(new Problem("a.md", 0, "the file is empty"))).get(0).toString());
    }
}
