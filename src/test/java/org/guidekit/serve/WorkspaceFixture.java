package org.guidekit.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.guidekit.testing.Fixtures;

/** A copy of the sample content folder and a workspace serving it on a free loopback port. */
final class WorkspaceFixture implements AutoCloseable {
    final Path content;
    final Path out;
    final Workspace workspace;
    final WorkspaceClient client;
    final StringWriter log = new StringWriter();

    WorkspaceFixture(Path dir) {
        this(dir, true);
    }

    /** @param copySamples copy the sample content folder into {@code dir/content} first */
    WorkspaceFixture(Path dir, boolean copySamples) {
        this.content = dir.resolve("content");
        this.out = dir.resolve("output");
        if (copySamples) {
            Fixtures.copyFolder(Path.of("content"), content);
        }
        // Pages wait for a guide's check as long as it takes (a backstop of minutes): these tests look at the
        // findings, and a cold check on a busy machine can take longer than a page waits (WorkspaceLongCheckTest).
        this.workspace = Workspace.start(content, out, "127.0.0.1", 0, new PrintWriter(log, true),
                java.time.Duration.ofMinutes(3));
        this.client = new WorkspaceClient(workspace);
    }

    @Override
    public void close() {
        workspace.close();
    }
}
