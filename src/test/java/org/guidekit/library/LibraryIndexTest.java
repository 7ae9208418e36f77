package org.guidekit.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Links in index.html must reach files whatever their names hold. */
class LibraryIndexTest {
    @Test
    void pathSegmentsArePercentEncoded() {
        assertEquals("x%22y%23z%3F/x%22y%23z%3F%20a.pdf", LibraryIndex.href("x\"y#z?/x\"y#z? a.pdf"));
        assertEquals("back/daisy/ncc.html", LibraryIndex.href("back/daisy/ncc.html"));
    }
}
