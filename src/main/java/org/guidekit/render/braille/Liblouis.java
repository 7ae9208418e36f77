package org.guidekit.render.braille;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.liblouis.CompilationException;
import org.liblouis.Louis;
import org.liblouis.Logger;
import org.liblouis.TableResolver;
import org.liblouis.Translator;

/**
 * liblouis, loaded once per process from {@link LiblouisFiles}: the native library is process-wide and so is its
 * table cache, which is why this one holder is static. Tables are compiled once and kept. Every call into liblouis
 * goes through {@link #call}, one at a time: liblouis 3.x keeps translation buffers in global variables, so two
 * guides translated at once in a parallel build could overwrite each other's text.
 */
final class Liblouis {
    private static Liblouis instance;
    private static String failure;

    private final Path tables;
    private final Map<String, Translator> translators = new HashMap<>();
    /** liblouis's own messages of the table being compiled, for an error message. */
    private final List<String> messages = new ArrayList<>();

    private Liblouis(Path tables) {
        this.tables = tables;
    }

    /** Something liblouis does, run under the lock. */
    interface Call<T> {
        T run() throws Exception;
    }

    /** The loaded library, or an {@link IllegalStateException} saying why it cannot be loaded here. */
    static synchronized Liblouis get() {
        if (instance == null && failure == null) {
            failure = LiblouisFiles.platformProblem();
            if (failure == null) {
                try {
                    instance = load(LiblouisFiles.locate());
                } catch (IOException | RuntimeException | LinkageError e) {
                    failure = "cannot load liblouis (" + e.getMessage() + ")";
                }
            }
        }
        if (instance == null) {
            throw new IllegalStateException(failure);
        }
        return instance;
    }

    /** Why braille cannot be made on this computer, or null. */
    static synchronized String unavailable() {
        try {
            get();
            return null;
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    private static Liblouis load(LiblouisFiles files) throws IOException {
        if (!Files.isRegularFile(files.library()) || !Files.isDirectory(files.tables())) {
            throw new IOException("liblouis files missing under " + files.library().getParent());
        }
        Liblouis louis = new Liblouis(files.tables());
        Louis.setLibraryPath(files.library().toFile());
        Louis.setTableResolver(louis.resolver());
        Louis.setLogger(louis.logger());
        Louis.getVersion(); // loads the native library now, so that a failure shows here
        return louis;
    }

    /** The compiled table {@code name} (for example {@code en-ueb-g2.ctb}). */
    Translator table(String name) {
        return call(() -> {
            Translator t = translators.get(name);
            if (t == null) {
                messages.clear();
                try {
                    t = new Translator(name);
                } catch (CompilationException e) {
                    throw new IllegalStateException("liblouis cannot compile the table " + name + " "
                            + messages, e);
                }
                translators.put(name, t);
            }
            return t;
        });
    }

    /** The liblouis version, e.g. 3.19.0. */
    String version() {
        return call(Louis::getVersion);
    }

    /** Runs {@code call} while no other thread is in liblouis. */
    <T> T call(Call<T> call) {
        synchronized (Liblouis.class) {
            try {
                return call.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    /** Table names (and the files they include) are looked up in the one tables folder. */
    private TableResolver resolver() {
        return new TableResolver() {
            @Override
            public URL resolve(String table, URL base) {
                File f = tables.resolve(new File(table).getName()).toFile();
                try {
                    return f.isFile() ? f.toURI().toURL() : null;
                } catch (MalformedURLException e) {
                    return null;
                }
            }

            @Override
            public Set<String> list() {
                String[] names = tables.toFile().list();
                return names == null ? Set.of() : new TreeSet<>(List.of(names));
            }
        };
    }

    private Logger logger() {
        return (level, message) -> {
            if (messages.size() < 20) {
                messages.add(message);
            }
        };
    }
}
