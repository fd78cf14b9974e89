package org.evidencereader.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.util.unit.DataSize;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
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
    /**
     * Settings that change the bytes of a page or document: Jackson's output, how messages are
     * looked up, where templates come from, and the MVC and web resource settings. Compared by name in lower case with '_' read as '.', as Spring
     * binds environment variables.
     */
    private static final List<String> RENDERING_SETTINGS = List.of("spring.jackson.", "spring.messages.", "spring.thymeleaf.",
            "spring.mvc.", "spring.web.");

    @Bean
    PageStore pageStore(ConfigurableEnvironment environment) {
        String folder = environment.getProperty(FOLDER);
        DataSize size = environment.getProperty(SIZE, DataSize.class, DataSize.ofMegabytes(256));
        if (folder != null && folder.isBlank()) {
            return PageStore.off();
        }
        Optional<String> jar = jar(PageStore.class.getProtectionDomain().getCodeSource().getLocation(),
                System.getProperty("java.class.path", ""));
        if (jar.isEmpty()) {
            LOG.fine("page store off: the server does not run from its jar");
            return PageStore.off();
        }
        if (size.toBytes() <= 0) {
            LOG.warning(() -> SIZE + "=" + size + " leaves no room: the page store is off");
            return PageStore.off();
        }
        try {
            Optional<Path> dir = folder != null ? Optional.of(Path.of(folder))
                    : defaultFolder(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
            if (dir.isEmpty()) {
                LOG.warning("page store off: this user has no home folder; set " + FOLDER + " to a folder");
                return PageStore.off();
            }
            PageStore store = PageStore.at(dir.get(), build(jar.get(), settings(environment)), size.toBytes());
            LOG.fine(() -> "page store in " + store.dir());
            return store;
        } catch (InvalidPathException e) {
            LOG.warning(() -> FOLDER + "=" + folder + " is not a folder name (" + e.getMessage() + "); the page store is off");
            return PageStore.off();
        }
    }

    /** The XDG cache folder if it is set and absolute (as the specification says), else {@code ~/.cache}; empty without an absolute home. */
    static Optional<Path> defaultFolder(String xdgCacheHome, String userHome) {
        Path cache;
        if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) {
            cache = Path.of(xdgCacheHome);
        } else if (userHome != null && Path.of(userHome).isAbsolute()) {
            cache = Path.of(userHome, ".cache");
        } else {
            return Optional.empty();
        }
        return Optional.of(cache.resolve("evidence-reader").resolve("pages"));
    }

    /**
     * What names the program and settings rendering pages: the jar's contents, the Java runtime and
     * the machine's default locales (some formats follow them), and {@code settings}.
     */
    static String build(String jar, Map<String, String> settings) {
        StringBuilder build = new StringBuilder(jar).append('|').append(Runtime.version()).append('|')
                .append(System.getProperty("java.vendor", "")).append('|').append(Locale.getDefault().toLanguageTag())
                .append('|').append(Locale.getDefault(Locale.Category.FORMAT).toLanguageTag()).append('|')
                .append(System.getProperty("java.locale.providers", ""));
        settings.forEach((name, value) -> build.append('|').append(name).append('=').append(value));
        return RenderedPage.hash(build.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * When the server runs from its jar started with {@code java -jar}: a hash of the jar's contents
     * (each entry's name, size and CRC-32, read from its central directory in a few milliseconds), so
     * a rebuilt jar, even one copied with its old time, names another program; and of the name, size
     * and time of every library its manifest names. A library's name carries its version, so that is
     * enough to tell another one (reading the 60-odd libraries' directories too took 25-70 ms of the
     * start). Empty otherwise, and when a library is missing.
     */
    static Optional<String> jar(URL codeSource, String classPath) {
        if (codeSource == null || !codeSource.getProtocol().equals("file") || classPath.isEmpty()
                || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(codeSource.toURI()).toAbsolutePath().normalize();
            if (!jar.equals(Path.of(classPath).toAbsolutePath().normalize())) {
                return Optional.empty();
            }
            StringBuilder contents = new StringBuilder();
            try (JarFile program = new JarFile(jar.toFile())) {
                for (Enumeration<JarEntry> all = program.entries(); all.hasMoreElements(); ) {
                    JarEntry entry = all.nextElement();
                    contents.append(entry.getName()).append('\0').append(entry.getSize()).append('\0').append(entry.getCrc()).append('\n');
                }
                Manifest manifest = program.getManifest();
                String libraries = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                for (String library : libraries == null ? new String[0] : libraries.trim().split("\\s+")) {
                    if (!library.isEmpty()) {
                        BasicFileAttributes file = Files.readAttributes(Path.of(jar.toUri().resolve(library)), BasicFileAttributes.class);
                        contents.append(library).append('\0').append(file.size()).append('\0').append(file.lastModifiedTime().toMillis())
                                .append('\n');
                    }
                }
            }
            return Optional.of(RenderedPage.hash(contents.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The {@link #RENDERING_SETTINGS} in force, by name, in the order Spring reads their sources. */
    static Map<String, String> settings(ConfigurableEnvironment environment) {
        Map<String, String> settings = new TreeMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    String relaxed = name.toLowerCase(Locale.ROOT).replace('_', '.');
                    if (RENDERING_SETTINGS.stream().anyMatch(relaxed::startsWith)) {
                        settings.putIfAbsent(relaxed, String.valueOf(enumerable.getProperty(name)));
                    }
                }
            }
        }
        return settings;
    }
}
