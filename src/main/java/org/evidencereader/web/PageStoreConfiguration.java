package org.evidencereader.web;

import org.evidencereader.site.RenderedPage;

import org.evidencereader.Main;
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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

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
     * When the server runs from its jar started with {@code java -jar}: what the jar and every
     * library its manifest names hold, as {@link #entries} of their zip directories (each entry's
     * name, size and CRC-32), so a rebuilt jar, even one copied with its old time and size, or another
     * library put under the same name, names another program, while the same files copied at another
     * time do not. That takes a few milliseconds, where opening the 70 files as zip files took 25-70 ms
     * of the start. Empty otherwise, and when a library is missing. Paths are compared with symbolic
     * links resolved, as the JDK resolves them in a code source.
     */
    static Optional<String> jar(URL codeSource, String classPath) {
        if (codeSource == null || !codeSource.getProtocol().equals("file") || classPath.isEmpty()
                || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(codeSource.toURI()).toRealPath();
            if (!jar.equals(Path.of(classPath).toRealPath())) {
                return Optional.empty();
            }
            StringBuilder contents = new StringBuilder(entries(jar)).append('\n');
            for (Path library : Main.libraries(jar)) {
                contents.append(jar.getParent().relativize(library)).append('\0').append(entries(library)).append('\n');
            }
            return Optional.of(RenderedPage.hash(contents.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A zip file's central directory header and its fixed length. */
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int ENTRY_LENGTH = 46;

    /**
     * A short name, not a cryptographic one, for what a zip file holds: the number of its entries
     * and a CRC-32 and a CRC-32C of each one's name, size and CRC-32, walked in the bytes of its
     * central directory (no entry objects, no time stamps). When the directory cannot be walked,
     * the same of all its bytes.
     */
    static String entries(Path zip) throws IOException {
        ByteBuffer directory = ByteBuffer.wrap(centralDirectory(zip)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] bytes = directory.array();
        CRC32 crc32 = new CRC32();
        CRC32C crc32c = new CRC32C();
        int count = 0;
        int at = 0;
        while (at + ENTRY_LENGTH <= bytes.length && directory.getInt(at) == ENTRY_SIGNATURE) {
            int name = Short.toUnsignedInt(directory.getShort(at + 28));
            int next = at + ENTRY_LENGTH + name + Short.toUnsignedInt(directory.getShort(at + 30))
                    + Short.toUnsignedInt(directory.getShort(at + 32));
            if (next > bytes.length) {
                break;
            }
            for (Checksum sum : new Checksum[] {crc32, crc32c}) {
                sum.update(bytes, at + 16, 4);                  // CRC-32 of the entry
                sum.update(bytes, at + 24, 4);                  // its size
                sum.update(bytes, at + ENTRY_LENGTH, name);     // its name
            }
            count++;
            at = next;
        }
        if (at != bytes.length) {
            crc32.reset();
            crc32.update(bytes);
            crc32c.reset();
            crc32c.update(bytes);
            count = -bytes.length;
        }
        return count + "-" + Long.toHexString(crc32.getValue()) + "-" + Long.toHexString(crc32c.getValue());
    }

    /** A zip file's end-of-central-directory record. */
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;

    /**
     * The bytes of a zip file's central directory, found through its end record (read from the end
     * of the file, past a comment of up to 64 kB); the whole file when that record does not say
     * where it is (a ZIP64 archive).
     */
    static byte[] centralDirectory(Path zip) throws IOException {
        try (FileChannel file = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = file.size();
            int tailLength = (int) Math.min(size, END_LENGTH + 0xFFFF);
            ByteBuffer tail = read(file, size - tailLength, tailLength);
            for (int end = tailLength - END_LENGTH; end >= 0; end--) {
                if (tail.getInt(end) == END_SIGNATURE && end + END_LENGTH + Short.toUnsignedInt(tail.getShort(end + 20)) == tailLength) {
                    long length = Integer.toUnsignedLong(tail.getInt(end + 12));
                    long offset = Integer.toUnsignedLong(tail.getInt(end + 16));
                    if (length == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || offset + length > size - tailLength + end) {
                        break;
                    }
                    return read(file, offset, (int) length).array();
                }
            }
            if (size > Integer.MAX_VALUE) {
                throw new IOException(zip + ": no central directory where a zip file keeps it");
            }
            return read(file, 0, (int) size).array();
        }
    }

    private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (bytes.hasRemaining()) {
            if (file.read(bytes, position + bytes.position()) < 0) {
                throw new IOException("the file ended early");
            }
        }
        return bytes;
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
