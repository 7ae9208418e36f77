package org.guidekit.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.guidekit.error.ContentException;
import org.guidekit.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllowedLinksReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsAListOfHostsInLowerCase() {
        Fixtures.write(dir, "allowed-links.yaml", "# approved\n- medlineplus.gov\n- WWW.CDC.gov\n");
        assertEquals(Set.of("medlineplus.gov", "www.cdc.gov"), AllowedLinksReader.readFrom(dir));
    }

    @Test
    void noFileMeansNoHosts() {
        assertEquals(Set.of(), AllowedLinksReader.readFrom(dir));
    }

    @Test
    void addressesInsteadOfHostNamesAreReportedWithTheirLine() {
        Fixtures.write(dir, "allowed-links.yaml", "- medlineplus.gov\n- https://cdc.gov/page\n");
        ContentException e = assertThrows(ContentException.class, () -> AllowedLinksReader.readFrom(dir));
        assertEquals(2, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("without https://"), e.getMessage());
    }

    @Test
    void aMapIsNotAList() {
        Fixtures.write(dir, "allowed-links.yaml", "sites: medlineplus.gov\n");
        assertThrows(ContentException.class, () -> AllowedLinksReader.readFrom(dir));
    }
}
