package org.evidencereader.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The {@link PageStore} of the server: {@code reader.page-store} (a folder; by default
 * {@code $XDG_CACHE_HOME/evidence-reader/pages}, else {@code ~/.cache/evidence-reader/pages}; set
 * to nothing to turn it off) bounded by {@code reader.page-store-size} (256 MB by default). Only
 * when the server runs from its jar ({@code java -jar}), which names the program that renders: run
 * from classes ({@code ./mvnw spring-boot:run}, an IDE, the tests), templates and code can change
 * without anything to tell, so every page is rendered.
 */
@Configuration(proxyBeanMethods = false)
class PageStoreConfiguration {

    private static final Logger LOG = Logger.getLogger(PageStoreConfiguration.class.getName());
    static final String FOLDER = "reader.page-store";
    static final String SIZE = "reader.page-store-size";

    @Bean
    PageStore pageStore(Environment environment) {
        String folder = environment.getProperty(FOLDER);
        DataSize size = environment.getProperty(SIZE, DataSize.class, DataSize.ofMegabytes(256));
        Optional<String> build = build(PageStore.class.getProtectionDomain().getCodeSource().getLocation(),
                System.getProperty("java.class.path", ""));
        if (folder != null && folder.isBlank()) {
            return PageStore.off();
        }
        if (build.isEmpty()) {
            LOG.fine("page store off: the server does not run from its jar");
            return PageStore.off();
        }
        try {
            Path dir = folder != null ? Path.of(folder) : defaultFolder(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
            PageStore store = PageStore.at(dir, build.get(), size.toBytes());
            LOG.fine(() -> "page store in " + store.dir());
            return store;
        } catch (InvalidPathException e) {
            LOG.warning(() -> FOLDER + "=" + folder + " is not a folder name (" + e.getMessage() + "); the page store is off");
            return PageStore.off();
        }
    }

    static Path defaultFolder(String xdgCacheHome, String userHome) {
        Path cache = xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()
                ? Path.of(xdgCacheHome) : Path.of(userHome, ".cache");
        return cache.resolve("evidence-reader").resolve("pages");
    }

    /**
     * What identifies the program rendering pages, when it runs from a jar started with
     * {@code java -jar}: the jar's real path, size and last modification, and the Java runtime
     * (number and date formats come from it). Empty otherwise.
     */
    static Optional<String> build(URL codeSource, String classPath) {
        if (codeSource == null || !codeSource.getProtocol().equals("jar") || classPath.isEmpty()
                || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(classPath).toRealPath();
            return Optional.of(jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
                    + Runtime.version() + "|" + System.getProperty("java.vendor", ""));
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}
