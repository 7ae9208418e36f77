package org.guidekit.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
            copy(Path.of("content"), content);
        }
        // Pages wait for a guide's check as long as it takes (a backstop of minutes): these tests look at the
        // findings, and a cold check on a busy machine can take longer than a page waits (WorkspaceLongCheckTest).
        this.workspace = Workspace.start(content, out, "127.0.0.1", 0, new PrintWriter(log, true),
                java.time.Duration.ofMinutes(3));
        this.client = new WorkspaceClient(workspace);
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workspace.close();
    }
}
