package org.evidencereader.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages kept on disk between runs: read back whole and only for the same program, article version and key. */
class PageStoreTest {

    private static final String BUILD = "/srv/evidence-reader.jar|32175296|1764475000000|17.0.15";
    private static final String SOURCES = "a".repeat(64);
    private static final String KEY = "zh /articles/demo";

    @TempDir
    Path dir;

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
            return listing.filter(f -> f.toString().endsWith(".page")).sorted().toList();
        }
    }

    @Test
    void aKeptPageReadsBackWithTheSameBytesHeadersAndETags() throws Exception {
        PageStore store = store(1 << 20);
        RenderedPage page = page("<!DOCTYPE html><p data-figure-id=\"x\">合计 50.4 万千瓦</p>");
        assertThat(store.read(SOURCES, KEY)).as("nothing kept yet").isEmpty();

        store.write(SOURCES, KEY, page);
        store.flush();

        RenderedPage back = store.read(SOURCES, KEY).orElseThrow();
        assertThat(back.body()).isEqualTo(page.body());
        assertThat(back.gzip()).isEqualTo(page.gzip());
        assertThat(back.etag()).isEqualTo(page.etag());
        assertThat(back.gzipEtag()).isEqualTo(page.gzipEtag());
        assertThat(back.contentType()).isEqualTo(page.contentType());
        assertThat(back.status()).isEqualTo(HttpStatus.OK);
        assertThat(files(dir.resolve("pages"))).hasSize(1);
    }

    @Test
    void anotherProgramArticleVersionOrPageFindsNothing() throws Exception {
        PageStore store = store(1 << 20);
        store.write(SOURCES, KEY, page("<p>one</p>"));
        store.flush();

        assertThat(store.read("b".repeat(64), KEY)).as("the article's files changed").isEmpty();
        assertThat(store.read(SOURCES, "en /articles/demo")).as("another language").isEmpty();
        assertThat(PageStore.at(dir.resolve("pages"), BUILD + "-rebuilt", 1 << 20).read(SOURCES, KEY))
                .as("a rebuilt jar").isEmpty();
        assertThat(store.read(SOURCES, KEY)).isPresent();
    }

    @Test
    void aDamagedFileIsIgnoredAndRemoved() throws Exception {
        PageStore store = store(1 << 20);
        store.write(SOURCES, KEY, page("<p>kept</p>"));
        store.flush();
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
    void errorPagesAndPagesOfWhatIfArticlesAreNotKept() throws Exception {
        PageStore store = store(1 << 20);
        store.write(SOURCES, KEY, RenderedPage.of("<p>cannot render</p>", HttpStatus.INTERNAL_SERVER_ERROR));
        store.write("", KEY, page("<p>what if 800 W</p>"));
        store.flush();

        assertThat(files(dir.resolve("pages"))).isEmpty();
        assertThat(store.read(SOURCES, KEY)).isEmpty();
        assertThat(store.read("", KEY)).isEmpty();
    }

    @Test
    void theFolderIsMadeForThisUserOnly() throws Exception {
        PageStore store = store(1 << 20);
        store.write(SOURCES, KEY, page("<p>x</p>"));
        store.flush();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("pages")))).isEqualTo("rwx------");
    }

    @Test
    void beyondItsBoundTheLeastRecentlyUsedFilesGo() throws Exception {
        String big = "<p>" + "数字".repeat(20_000) + "</p>"; // 120 kB, about 1 kB compressed
        PageStore probe = PageStore.at(dir.resolve("probe"), BUILD, 1 << 24);
        probe.write(SOURCES, "zh /articles/a0", page(big + 0));
        probe.flush();
        long one = Files.size(probe.file(SOURCES, "zh /articles/a0"));
        PageStore store = store(one * 4 + one / 2); // room for four files
        for (int i = 0; i < 3; i++) {
            store.write(SOURCES, "zh /articles/a" + i, page(big + i));
        }
        store.flush();
        for (int i = 0; i < 3; i++) { // written long ago, a0 first
            Files.setLastModifiedTime(store.file(SOURCES, "zh /articles/a" + i), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        assertThat(store.read(SOURCES, "zh /articles/a0")).as("read now: the most recently used of the three").isPresent();

        store.write(SOURCES, "zh /articles/a3", page(big + 3));
        store.flush();
        assertThat(files(dir.resolve("pages"))).as("four fit").hasSize(4);
        store.write(SOURCES, "zh /articles/a4", page(big + 4));
        store.flush();

        long total = 0;
        for (Path file : files(dir.resolve("pages"))) {
            total += Files.size(file);
        }
        assertThat(total).as("back to three quarters of reader.page-store-size").isLessThanOrEqualTo((one * 4 + one / 2) / 4 * 3);
        assertThat(store.read(SOURCES, "zh /articles/a1")).as("least recently used: gone").isEmpty();
        assertThat(store.read(SOURCES, "zh /articles/a2")).as("next least recently used: gone").isEmpty();
        assertThat(store.read(SOURCES, "zh /articles/a0")).as("read recently: kept").isPresent();
        assertThat(store.read(SOURCES, "zh /articles/a4")).as("written last: kept").isPresent();
    }

    @Test
    void aFolderThatCannotBeWrittenTurnsTheStoreOffWithoutFailingAnything() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "in the way");
        PageStore store = PageStore.at(notAFolder.resolve("pages"), BUILD, 1 << 20);
        store.write(SOURCES, KEY, page("<p>x</p>"));
        store.flush();
        assertThat(store.read(SOURCES, KEY)).isEmpty();
        store.write(SOURCES, KEY, page("<p>x</p>"));
        store.flush();
        assertThat(Files.readString(notAFolder)).isEqualTo("in the way");
    }

    @Test
    void aFolderOthersCanWriteIsNeverUsed() throws Exception {
        PageStore mine = store(1 << 20);
        mine.write(SOURCES, KEY, page("<p>kept</p>"));
        mine.flush();
        Files.setPosixFilePermissions(dir.resolve("pages"), PosixFilePermissions.fromString("rwxrwxrwx"));

        PageStore shared = store(1 << 20);
        assertThat(shared.read(SOURCES, KEY)).as("a page anyone could have put there").isEmpty();
        shared.write(SOURCES, "zh /articles/other", page("<p>x</p>"));
        shared.flush();
        assertThat(files(dir.resolve("pages"))).hasSize(1);
    }

    @Test
    void offKeepsNothing() throws Exception {
        PageStore off = PageStore.off();
        off.write(SOURCES, KEY, page("<p>x</p>"));
        off.flush();
        assertThat(off.isOn()).isFalse();
        assertThat(off.read(SOURCES, KEY)).isEmpty();
        assertThat(PageStore.at(dir, "", 1 << 20).isOn()).as("no program to name").isFalse();
    }

    @Test
    void theServerUsesAStoreOnlyWhenItRunsFromItsJar() throws Exception {
        Path jar = Files.write(dir.resolve("evidence-reader.jar"), new byte[] {'P', 'K'});
        java.net.URL nested = new java.net.URL("jar:" + jar.toUri() + "!/BOOT-INF/classes/");
        Optional<String> build = PageStoreConfiguration.build(nested, jar.toString());
        assertThat(build).isPresent();
        assertThat(build.get()).contains(jar.toRealPath().toString()).contains("|2|").contains(Runtime.version().toString());

        assertThat(PageStoreConfiguration.build(dir.toUri().toURL(), dir.toString())).as("classes in a folder").isEmpty();
        assertThat(PageStoreConfiguration.build(nested, jar + java.io.File.pathSeparator + dir)).as("a class path").isEmpty();
        assertThat(PageStoreConfiguration.build(nested, dir.resolve("gone.jar").toString())).isEmpty();
    }

    @Test
    void theDefaultFolderFollowsTheXdgCacheConvention() {
        assertThat(PageStoreConfiguration.defaultFolder("/var/cache/me", "/home/me"))
                .isEqualTo(Path.of("/var/cache/me/evidence-reader/pages"));
        assertThat(PageStoreConfiguration.defaultFolder(null, "/home/me")).isEqualTo(Path.of("/home/me/.cache/evidence-reader/pages"));
        assertThat(PageStoreConfiguration.defaultFolder("relative", "/home/me"))
                .as("the specification ignores a relative XDG_CACHE_HOME").isEqualTo(Path.of("/home/me/.cache/evidence-reader/pages"));
    }
}
