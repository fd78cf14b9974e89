package org.evidencereader.web;

import org.evidencereader.site.RenderedPage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Pages kept on disk between runs: read back whole and only for the same program, article version and key. */
class PageStoreTest {

    private static final String BUILD = "0123456789abcdef0123456789abcdef";
    private static final String SOURCES = "a".repeat(64);
    private static final String KEY = "zh /articles/demo";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @BeforeEach
    void posix() {
        // The store's folder checks are POSIX ones (owner, permissions); elsewhere it takes the folder as it is.
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    private PageStore store(long maxBytes) {
        return PageStore.at(dir.resolve("pages"), BUILD, maxBytes);
    }

    private static RenderedPage page(String html) {
        return RenderedPage.of(html);
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.sorted().toList();
        }
    }

    @Test
    void aKeptPageReadsBackWithTheSameBytesHeadersAndETags() throws Exception {
        PageStore store = store(1 << 20);
        RenderedPage page = page("<!DOCTYPE html><p data-figure-id=\"x\">合计 50.4 万千瓦</p>");
        assertThat(store.read(SOURCES, KEY)).as("nothing kept yet").isEmpty();

        store.write(SOURCES, KEY, page);
        assertThat(store.flush(WAIT)).isTrue();

        RenderedPage back = store.read(SOURCES, KEY).orElseThrow();
        assertThat(back.body()).isEqualTo(page.body());
        assertThat(back.gzip()).isEqualTo(page.gzip());
        assertThat(back.etag()).isEqualTo(page.etag());
        assertThat(back.gzipEtag()).isEqualTo(page.gzipEtag());
        assertThat(back.contentType()).isEqualTo(page.contentType());
        assertThat(back.status()).isEqualTo(HttpStatus.OK);
        assertThat(files(dir.resolve("pages"))).as("one file, no leftovers").hasSize(1);
    }

    @Test
    void anotherProgramArticleVersionOrPageFindsNothing() throws Exception {
        PageStore store = store(1 << 20);
        store.write(SOURCES, KEY, page("<p>one</p>"));
        assertThat(store.flush(WAIT)).isTrue();

        assertThat(store.read("b".repeat(64), KEY)).as("the article's files changed").isEmpty();
        assertThat(store.read(SOURCES, "en /articles/demo")).as("another language").isEmpty();
        assertThat(PageStore.at(dir.resolve("pages"), "fedcba9876543210fedcba9876543210", 1 << 20).read(SOURCES, KEY))
                .as("a rebuilt jar").isEmpty();
        assertThat(store.read(SOURCES, KEY)).isPresent();
    }

    @Test
    void aDamagedFileIsIgnoredAndRemoved() throws Exception {
        PageStore store = store(1 << 20);
        store.write(SOURCES, KEY, page("<p>kept</p>"));
        assertThat(store.flush(WAIT)).isTrue();
        Path file = store.file(SOURCES, KEY);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);

        assertThat(store.read(SOURCES, KEY)).isEmpty();
        assertThat(file).doesNotExist();

        Files.write(file, new byte[] {1, 2, 3});
        assertThat(store.read(SOURCES, KEY)).as("a truncated file").isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void errorPagesPagesOfWhatIfArticlesAndOverlongKeysAreNotKept() throws Exception {
        PageStore store = store(1 << 20);
        store.write(SOURCES, KEY, RenderedPage.of("<p>cannot render</p>", HttpStatus.INTERNAL_SERVER_ERROR));
        store.write("", KEY, page("<p>what if 800 W</p>"));
        String longKey = "zh /articles/demo/figures/" + "x".repeat(70_000);
        store.write(SOURCES, longKey, page("<p>a figure with a very long id</p>"));
        store.write(SOURCES, "zh /articles/demo/ledger", page("<p>ledger</p>"));
        assertThat(store.flush(WAIT)).isTrue();

        assertThat(files(dir.resolve("pages"))).as("only the ledger").hasSize(1);
        assertThat(store.read(SOURCES, KEY)).isEmpty();
        assertThat(store.read("", KEY)).isEmpty();
        assertThat(store.read(SOURCES, longKey)).isEmpty();
        assertThat(store.read(SOURCES, "zh /articles/demo/ledger")).as("the store stayed on").isPresent();
    }

    @Test
    void theFolderIsMadeForThisUserOnly() throws Exception {
        PageStore store = store(1 << 20);
        store.write(SOURCES, KEY, page("<p>x</p>"));
        assertThat(store.flush(WAIT)).isTrue();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("pages")))).isEqualTo("rwx------");
    }

    @Test
    void beyondItsBoundTheLeastRecentlyUsedFilesGoAndNothingElse() throws Exception {
        String big = "<p>" + "数字".repeat(20_000) + "</p>"; // 120 kB, about 1 kB compressed
        PageStore probe = PageStore.at(dir.resolve("probe"), BUILD, 1 << 24);
        probe.write(SOURCES, "zh /articles/a0", page(big + 0));
        assertThat(probe.flush(WAIT)).isTrue();
        long one = Files.size(probe.file(SOURCES, "zh /articles/a0"));
        PageStore store = store(one * 4 + one / 2); // room for four files
        for (int i = 0; i < 3; i++) {
            store.write(SOURCES, "zh /articles/a" + i, page(big + i));
        }
        assertThat(store.flush(WAIT)).isTrue();
        Path notes = Files.writeString(dir.resolve("pages/notes.page"), "someone else's file");
        for (int i = 0; i < 3; i++) { // written long ago, a0 first
            Files.setLastModifiedTime(store.file(SOURCES, "zh /articles/a" + i), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Files.setLastModifiedTime(notes, FileTime.fromMillis(1));
        assertThat(store.read(SOURCES, "zh /articles/a0")).as("read now: the most recently used of the three").isPresent();

        store.write(SOURCES, "zh /articles/a3", page(big + 3));
        assertThat(store.flush(WAIT)).isTrue();
        assertThat(files(dir.resolve("pages"))).as("four fit, beside the other file").hasSize(5);
        store.write(SOURCES, "zh /articles/a4", page(big + 4));
        assertThat(store.flush(WAIT)).isTrue();

        long total = 0;
        for (Path file : files(dir.resolve("pages"))) {
            total += file.equals(notes) ? 0 : Files.size(file);
        }
        assertThat(total).as("back to three quarters of reader.page-store-size").isLessThanOrEqualTo((one * 4 + one / 2) / 4 * 3);
        assertThat(store.read(SOURCES, "zh /articles/a1")).as("least recently used: gone").isEmpty();
        assertThat(store.read(SOURCES, "zh /articles/a2")).as("next least recently used: gone").isEmpty();
        assertThat(store.read(SOURCES, "zh /articles/a0")).as("read recently: kept").isPresent();
        assertThat(store.read(SOURCES, "zh /articles/a4")).as("written last: kept").isPresent();
        assertThat(notes).as("a file the store did not write, however old").exists();
    }

    @Test
    void whatAnInterruptedWriteLeftIsRemoved() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("pages"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path old = Files.writeString(folder.resolve(".writing-123.tmp"), "half a page");
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path current = Files.writeString(folder.resolve(".writing-456.tmp"), "another server is writing this");

        PageStore store = store(1 << 20);
        store.write(SOURCES, KEY, page("<p>x</p>"));
        assertThat(store.flush(WAIT)).isTrue();

        assertThat(old).doesNotExist();
        assertThat(current).exists();
    }

    @Test
    void manyWritesAtOnceAreKeptOrDroppedButFlushNeverHangs() throws Exception {
        PageStore store = store(1 << 24);
        for (int i = 0; i < 300; i++) {
            store.write(SOURCES, "zh /articles/demo/figures/f" + i, page("<p>" + i + "</p>"));
        }
        long start = System.nanoTime();
        assertThat(store.flush(WAIT)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(files(dir.resolve("pages")).size()).isBetween(1, 300);
        store.close();
        store.write(SOURCES, KEY, page("<p>after close</p>"));
        assertThat(store.flush(WAIT)).as("a closed store drops writes").isTrue();
        assertThat(store.read(SOURCES, KEY)).isEmpty();
    }

    @Test
    void aFolderThatCannotBeMadeTurnsTheStoreOffWithoutFailingAnything() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "in the way");
        PageStore store = PageStore.at(notAFolder.resolve("pages"), BUILD, 1 << 20);
        store.write(SOURCES, KEY, page("<p>x</p>"));
        assertThat(store.flush(WAIT)).isTrue();
        assertThat(store.read(SOURCES, KEY)).isEmpty();
        assertThat(store.isOn()).isFalse();
        assertThat(Files.readString(notAFolder)).isEqualTo("in the way");
    }

    @Test
    void aFolderOthersCanWriteIsNeverUsed() throws Exception {
        PageStore mine = store(1 << 20);
        mine.write(SOURCES, KEY, page("<p>kept</p>"));
        assertThat(mine.flush(WAIT)).isTrue();
        Files.setPosixFilePermissions(dir.resolve("pages"), PosixFilePermissions.fromString("rwxrwxrwx"));

        PageStore shared = store(1 << 20);
        assertThat(shared.read(SOURCES, KEY)).as("a page anyone could have put there").isEmpty();
        shared.write(SOURCES, "zh /articles/other", page("<p>x</p>"));
        assertThat(shared.flush(WAIT)).isTrue();
        assertThat(files(dir.resolve("pages"))).hasSize(1);
    }

    @Test
    void aFolderMadeByAnotherHandAfterTheFirstLookIsCheckedBeforeUse() throws Exception {
        PageStore store = store(1 << 20);
        assertThat(store.read(SOURCES, KEY)).as("no folder yet").isEmpty();
        Files.createDirectory(dir.resolve("pages"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(dir.resolve("pages"), PosixFilePermissions.fromString("rwxrwxrwx"));

        store.write(SOURCES, KEY, page("<p>x</p>"));
        assertThat(store.flush(WAIT)).isTrue();
        assertThat(files(dir.resolve("pages"))).as("nothing written into a folder others can write").isEmpty();
        assertThat(store.read(SOURCES, KEY)).isEmpty();
    }

    @Test
    void aSymbolicLinkInPlaceOfTheFolderIsNeverUsed() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.createSymbolicLink(dir.resolve("pages"), elsewhere);

        PageStore store = store(1 << 20);
        store.write(SOURCES, KEY, page("<p>x</p>"));
        assertThat(store.flush(WAIT)).isTrue();
        assertThat(files(elsewhere)).isEmpty();
        assertThat(store.read(SOURCES, KEY)).isEmpty();
    }

    @Test
    void offKeepsNothing() throws Exception {
        PageStore off = PageStore.off();
        off.write(SOURCES, KEY, page("<p>x</p>"));
        assertThat(off.flush(WAIT)).isTrue();
        assertThat(off.isOn()).isFalse();
        assertThat(off.read(SOURCES, KEY)).isEmpty();
        assertThat(PageStore.at(dir, "", 1 << 20).isOn()).as("no program to name").isFalse();
    }

    @Test
    void theServerUsesAStoreOnlyWhenItRunsFromItsJarAndNamesTheJarAndItsLibrariesByTheirContents() throws Exception {
        Path jar = dir.resolve("evidence-reader.jar");
        Path library = Files.createDirectories(dir.resolve("lib")).resolve("thymeleaf-3.1.jar");
        writeJar(library, "org/thymeleaf/TemplateEngine.class", "one");
        writeJar(jar, "lib/thymeleaf-3.1.jar", "templates/article.html", "<p>one</p>");
        URL codeSource = jar.toUri().toURL();
        String first = PageStoreConfiguration.jar(codeSource, jar.toString()).orElseThrow();
        FileTime time = Files.getLastModifiedTime(jar);

        writeJar(jar, "lib/thymeleaf-3.1.jar", "templates/article.html", "<p>two</p>");
        Files.setLastModifiedTime(jar, time);
        assertThat(PageStoreConfiguration.jar(codeSource, jar.toString())).as("rebuilt, copied with the old time and size")
                .isPresent().get().isNotEqualTo(first);
        writeJar(jar, "lib/thymeleaf-3.1.jar", "templates/article.html", "<p>one</p>");
        assertThat(PageStoreConfiguration.jar(codeSource, jar.toString())).contains(first);

        FileTime libraryTime = Files.getLastModifiedTime(library);
        writeJar(library, "org/thymeleaf/TemplateEngine.class", "two");
        Files.setLastModifiedTime(library, libraryTime);
        assertThat(Files.size(library)).as("the same size").isEqualTo(Files.size(dir.resolve("lib/thymeleaf-3.1.jar")));
        assertThat(PageStoreConfiguration.jar(codeSource, jar.toString())).as("another library put under the same name, size and time")
                .isPresent().get().isNotEqualTo(first);
        writeJar(library, "org/thymeleaf/TemplateEngine.class", "one");
        Files.setLastModifiedTime(library, FileTime.fromMillis(libraryTime.toMillis() + 60_000));
        assertThat(PageStoreConfiguration.jar(codeSource, jar.toString())).as("the same library copied at another time").contains(first);

        Path linked = Files.createSymbolicLink(dir.resolve("current"), dir);
        assertThat(PageStoreConfiguration.jar(codeSource, linked.resolve("evidence-reader.jar").toString()))
                .as("started through a symbolic link: the JDK names the code source by the real path").contains(first);

        Files.delete(library);
        assertThat(PageStoreConfiguration.jar(codeSource, jar.toString())).as("a library missing").isEmpty();
        assertThat(PageStoreConfiguration.jar(dir.toUri().toURL(), dir.toString())).as("classes in a folder").isEmpty();
        assertThat(PageStoreConfiguration.jar(codeSource, jar + java.io.File.pathSeparator + dir)).as("a class path").isEmpty();
        assertThat(PageStoreConfiguration.jar(codeSource, dir.resolve("other.jar").toString())).as("another jar").isEmpty();
    }

    @Test
    void aZipFilesCentralDirectoryIsFoundPastItsCommentAndNamesItsEntriesWithoutTheirTimes() throws Exception {
        Path zip = dir.resolve("commented.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setComment("a comment with PK\u0005\u0006 in it, as a trap");
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write("a".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        byte[] directory = PageStoreConfiguration.centralDirectory(zip);
        assertThat(directory).as("one central directory header").hasSize(46 + "a.txt".length())
                .startsWith(0x50, 0x4b, 0x01, 0x02);
        Path later = dir.resolve("later.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(later))) {
            ZipEntry entry = new ZipEntry("a.txt");
            entry.setTime(86_400_000L * 365 * 40);
            out.putNextEntry(entry);
            out.write("a".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(PageStoreConfiguration.entries(later)).as("the same entry made at another time")
                .isEqualTo(PageStoreConfiguration.entries(zip)).startsWith("1-");
        Path notZip = Files.writeString(dir.resolve("not.jar"), "not a zip file");
        assertThat(PageStoreConfiguration.entries(notZip)).as("all the bytes").startsWith("-14-");
        assertThat(PageStoreConfiguration.centralDirectory(notZip)).as("the whole file, for want of a directory")
                .isEqualTo(Files.readAllBytes(notZip));
    }

    private static void writeJar(Path jar, String name, String content) throws IOException {
        writeJar(jar, null, name, content);
    }

    /** A jar with one entry and, if {@code classPath} is given, a manifest naming it as its libraries. */
    private static void writeJar(Path jar, String classPath, String name, String content) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            if (classPath != null) {
                ZipEntry manifest = new ZipEntry("META-INF/MANIFEST.MF");
                manifest.setTime(0);
                zip.putNextEntry(manifest);
                zip.write(("Manifest-Version: 1.0\r\nClass-Path: " + classPath + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            ZipEntry entry = new ZipEntry(name);
            entry.setTime(0);
            zip.putNextEntry(entry);
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    @Test
    void settingsThatChangeTheBytesNameAnotherBuild() {
        StandardEnvironment plain = new StandardEnvironment();
        StandardEnvironment indented = new StandardEnvironment();
        indented.getPropertySources().addFirst(new MapPropertySource("command line",
                Map.of("spring.jackson.serialization.indent-output", "true", "server.port", "8081")));
        StandardEnvironment fromVariables = new StandardEnvironment();
        fromVariables.getPropertySources().addLast(new MapPropertySource("environment variables",
                Map.of("SPRING_MESSAGES_FALLBACK_TO_SYSTEM_LOCALE", "true")));

        assertThat(PageStoreConfiguration.settings(indented)).containsEntry("spring.jackson.serialization.indent-output", "true")
                .doesNotContainKey("server.port");
        assertThat(PageStoreConfiguration.settings(fromVariables)).containsEntry("spring.messages.fallback.to.system.locale", "true");
        String jar = "0123";
        assertThat(PageStoreConfiguration.build(jar, PageStoreConfiguration.settings(indented)))
                .isNotEqualTo(PageStoreConfiguration.build(jar, PageStoreConfiguration.settings(plain)));
        assertThat(PageStoreConfiguration.build(jar, PageStoreConfiguration.settings(plain)))
                .isEqualTo(PageStoreConfiguration.build(jar, PageStoreConfiguration.settings(new StandardEnvironment())));
    }

    @Test
    void theDefaultFolderFollowsTheXdgCacheConvention() {
        assertThat(PageStoreConfiguration.defaultFolder("/var/cache/me", "/home/me")).contains(Path.of("/var/cache/me/evidence-reader/pages"));
        assertThat(PageStoreConfiguration.defaultFolder(null, "/home/me")).contains(Path.of("/home/me/.cache/evidence-reader/pages"));
        assertThat(PageStoreConfiguration.defaultFolder("relative", "/home/me"))
                .as("the specification ignores a relative XDG_CACHE_HOME").contains(Path.of("/home/me/.cache/evidence-reader/pages"));
        assertThat(PageStoreConfiguration.defaultFolder(null, "?")).as("a user without a home folder").isEmpty();
    }
}
