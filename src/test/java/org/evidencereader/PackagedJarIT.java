package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The jar that {@code ./mvnw package} builds, run as a user runs it ({@code java -jar
 * target/evidence-reader.jar}): it starts with the bean definitions Spring AOT generated at build
 * time, serves the annotated reader page, and still obeys the properties given at run time (a
 * different library folder, live reload on and off), and its {@code export} command writes a site.
 * The other tests run the classes from {@code target/classes}, without AOT.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "evidence-reader.jar");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TITLE = "为何百度不做Sora类视频生成";

    private Path work;
    private Path articles;
    private Path claims;
    private Process server;
    private Path log;
    /** Environment variables of the server's process beyond those of this one. */
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void copyLibrary() throws IOException {
        assertThat(JAR)
                .as("run through `./mvnw verify`, which builds the jar first")
                .isRegularFile();
        work = Files.createTempDirectory("packaged-jar");
        articles = TestFiles.copyTree(Path.of("articles"), work.resolve("articles"));
        claims = TestFiles.copyTree(Path.of("claims"), work.resolve("claims"));
        assertThat(Files.readString(articles.resolve("baidu-sora.md"))).contains(TITLE);
    }

    @AfterEach
    void stopAndCleanUp() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        FileSystemUtils.deleteRecursively(work);
    }

    @Test
    void startsWithBuildTimeBeanDefinitionsAndReloadsAnEditedArticle() throws Exception {
        int port = start();
        assertThat(Files.readString(log))
                .contains("Starting AOT-processed EvidenceReaderApplication")
                .contains("live reload on: ");
        String page = get(port, "/articles/baidu-sora");
        assertThat(page).contains("data-figure-id").contains(TITLE);

        edit(TITLE, "为何百度仍不做Sora类视频生成");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!get(port, "/articles/baidu-sora").contains("为何百度仍不做Sora类视频生成")) {
            if (System.nanoTime() > deadline) {
                fail("the edited title was not served within 20 s; server log:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
    }

    @Test
    void watchingCanBeTurnedOffAtRunTime() throws Exception {
        int port = start("--reader.watch=false");
        assertThat(get(port, "/articles/baidu-sora")).contains(TITLE);
        // The server says it at start-up, once it has decided: no watcher was made, so none can react later.
        assertThat(Files.readString(log))
                .contains("live reload off (reader.watch=false)")
                .doesNotContain("live reload on");

        edit(TITLE, "为何百度仍不做Sora类视频生成");
        assertThat(get(port, "/articles/baidu-sora")).contains(TITLE).doesNotContain("为何百度仍不做Sora类视频生成");
    }

    /**
     * A server keeps what it renders in memory only: serving pages and stopping leaves no file
     * behind but its own log, neither beside the library nor in the user's home or cache folder.
     */
    @Test
    void servingPagesWritesNoFiles() throws Exception {
        Path home = Files.createDirectories(work.resolve("home"));
        environment.put("HOME", home.toString());
        environment.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        List<String> before = files(work);
        int port = start();
        assertThat(get(port, "/articles/baidu-sora")).contains("data-figure-id");
        assertThat(get(port, "/articles/baidu-sora/ledger")).contains(TITLE);
        assertThat(get(port, "/")).contains(TITLE);
        stopServer();

        List<String> after = new ArrayList<>(files(work));
        after.remove(work.relativize(log).toString());
        assertThat(after).as("files under %s after the server stopped", work).isEqualTo(before);
    }

    private static List<String> files(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(f -> folder.relativize(f).toString())
                    .sorted()
                    .toList();
        }
    }

    private void stopServer() throws Exception {
        server.destroy();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        server = null;
    }

    /** The jar names its libraries in target/lib: copied without them, it says so instead of a NoClassDefFoundError. */
    @Test
    void aJarCopiedWithoutItsLibrariesSaysWhatIsMissing() throws Exception {
        Path alone = Files.createDirectories(work.resolve("elsewhere")).resolve("evidence-reader.jar");
        Files.copy(JAR, alone);
        Process process = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"), "-jar", alone.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output)
                .contains("libraries this jar needs are not in "
                        + alone.toRealPath().getParent().resolve("lib"))
                .contains("target/lib")
                .doesNotContain("NoClassDefFoundError")
                .doesNotContain("Exception");
    }

    /** The JVM silently skips a library the manifest names that is not there: the jar names it instead. */
    @Test
    void aJarWithALibraryMissingNamesIt() throws Exception {
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Files.copy(JAR, elsewhere.resolve("evidence-reader.jar"));
        Path lib = Files.createDirectories(elsewhere.resolve("lib"));
        String hanlp;
        try (var libraries = Files.list(JAR.resolveSibling("lib"))) {
            List<Path> all = libraries.toList();
            hanlp = all.stream()
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("hanlp-"))
                    .findFirst()
                    .orElseThrow();
            for (Path library : all) {
                if (!library.getFileName().toString().equals(hanlp)) {
                    Files.copy(library, lib.resolve(library.getFileName()));
                }
            }
        }
        Process process = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        elsewhere.resolve("evidence-reader.jar").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("1 library this jar needs is not in").contains("  " + hanlp);
    }

    /** A mistyped sub-command is refused with the usage; it never starts a server in its place. */
    @Test
    void anUnknownSubcommandPrintsTheUsageInsteadOfStartingTheServer() throws Exception {
        for (String word : List.of("drat", "validat")) {
            Process process = new ProcessBuilder(
                            ProcessHandle.current().info().command().orElse("java"),
                            "-jar",
                            JAR.toString(),
                            word,
                            "--server.port=0")
                    .redirectErrorStream(true)
                    .start();
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ended).as(output).isTrue();
            assertThat(process.exitValue()).as(output).isEqualTo(2);
            assertThat(output)
                    .contains("unknown command '" + word + "'")
                    .contains("usage: java -jar evidence-reader.jar");
        }
    }

    /** The jar's build-time bean definitions are the server's: export never uses them, even when asked to. */
    @Test
    void exportsTheSiteFromTheJar() throws Exception {
        Path site = export("site", "-Dspring.aot.enabled=true");
        assertThat(Files.readString(site.resolve("articles/baidu-sora/index.html")))
                .contains("data-figure-id")
                .contains(TITLE);
    }

    /**
     * Two processes export the same library to the same bytes: ETags and a CDN's caches rely on
     * it, and a map whose order changed from one JVM to the next would break it in about every other
     * process.
     */
    @Test
    void twoExportsOfTheSameLibraryAreTheSameBytes() throws Exception {
        Path first = export("site-1"), second = export("site-2");
        List<String> files;
        try (var walk = Files.walk(first)) {
            files = walk.filter(Files::isRegularFile)
                    .map(f -> first.relativize(f).toString())
                    .sorted()
                    .toList();
        }
        try (var walk = Files.walk(second)) {
            assertThat(walk.filter(Files::isRegularFile)
                            .map(f -> second.relativize(f).toString())
                            .sorted()
                            .toList())
                    .isEqualTo(files);
        }
        assertThat(files).contains("articles/baidu-sora/index.html");
        for (String file : files) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file)))
                    .as(file)
                    .isEqualTo(-1L);
        }
    }

    /** On an article without claim files, the jar drafts them, and what it drafted passes validate as it stands. */
    @Test
    void draftsClaimsFromTheJarThatValidatePasses() throws Exception {
        FileSystemUtils.deleteRecursively(claims.resolve("baidu-sora"));
        Run draft = run("draft", "baidu-sora");
        assertThat(draft.status()).as(draft.output()).isZero();
        assertThat(draft.output()).contains("draft: wrote " + claims.resolve("baidu-sora/draft.yaml"));
        assertThat(Files.readString(claims.resolve("baidu-sora/draft.yaml"))).contains("verdict: draft");
        Run validate = run("validate");
        assertThat(validate.status()).as(validate.output()).isZero();
        assertThat(validate.output()).contains("validate: 0 error(s)");

        Run again = run("draft", "baidu-sora");
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.output()).contains("already exists and is never overwritten");
        Run unknown = run("draft", "no-such-article");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.output()).contains("there is no article 'no-such-article'");
    }

    private record Run(int status, String output) {}

    private Run run(String... args) throws Exception {
        Path output = work.resolve(args[0] + "-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command(args))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(output));
    }

    private Path export(String folder, String... jvmOptions) throws Exception {
        Path site = work.resolve(folder);
        List<String> command = command("export", "--out=" + site);
        command.addAll(1, List.of(jvmOptions));
        Path log = work.resolve(folder + ".log");
        Process export = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(export.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(export.exitValue()).as(Files.readString(log)).isZero();
        return site;
    }

    /** Jetty's line once it listens, with the port the system gave it. */
    private static final Pattern STARTED = Pattern.compile("Jetty started on port (\\d+)");

    /**
     * Starts the jar on a port the system picks when Jetty binds (port 0, so no other process can
     * take it in between) and reads the port back from Jetty's line in the log.
     */
    private int start(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1"));
        args.addAll(List.of(more));
        log = Files.createTempFile(work, "server-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command(args.toArray(String[]::new)));
        builder.environment().putAll(environment);
        server = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            Matcher started = STARTED.matcher(Files.readString(log));
            if (started.find()) {
                int port = Integer.parseInt(started.group(1));
                assertThat(get(port, "/articles/baidu-sora")).contains("data-figure-id");
                return port;
            }
            if (!server.isAlive() || System.nanoTime() > deadline) {
                fail("the jar did not start listening; its log:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar",
                JAR.toString(),
                "--reader.articles-dir=" + articles,
                "--reader.claims-dir=" + claims));
        if (args.length > 0 && List.of("export", "draft", "validate").contains(args[0])) {
            command.add(3, args[0]);
            command.addAll(List.of(args).subList(1, args.length));
        } else {
            command.addAll(List.of(args));
        }
        return command;
    }

    private static String get(int port, String path) throws Exception {
        HttpResponse<String> r =
                HTTP.send(request(port, path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private void edit(String from, String to) throws IOException {
        Path file = articles.resolve("baidu-sora.md");
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
