package org.guidekit.importer;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSmokeTest {
    @Test
    void prints(@TempDir Path dir) throws Exception {
        try {
            Path docx = EverythingFixture.write(dir.resolve("leaflet.docx"));
            ImportedGuide g = WordImporter.read(docx, null);
            System.out.println(g.markdown());
            g.findings(Path.of("content/" + g.name() + ".md")).forEach(System.out::println);
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            throw t;
        }
    }
}
