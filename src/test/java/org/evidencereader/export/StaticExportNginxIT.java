package org.evidencereader.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidencereader.EvidenceReaderApplication;
import org.evidencereader.cli.ExportCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exports the real library, serves it with a real nginx running the server block of
 * {@code docs/nginx.conf} (only {@code listen} and {@code root} replaced) on a free loopback port,
 * and reads pages, a relative link, an asset, JSON and a missing page from it. nginx must be
 * installed ({@code apt-get install nginx}; CI's {@code .ci/run} does it): without it this test fails.
 */
class StaticExportNginxIT {

    private static Path work;
    private static Process nginx;
    private static int port;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void exportAndStartNginx() throws Exception {
        Path binary = nginxBinary()
                .orElseGet(() ->
                        fail("nginx is not installed: this test serves the static export with it. Install it with "
                                + "`apt-get install -y nginx` (CI's .ci/run does this)."));
        work = Files.createTempDirectory("export-nginx");
        Path site = work.resolve("site");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ExportCommand(
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        EvidenceReaderApplication.class)
                .run(List.of("--out=" + site));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();

        // nginx cannot listen on a port of the system's choosing (it refuses port 0), so a free port
        // is picked and, should another process take it before nginx binds it, picked again.
        for (int attempt = 1; !startNginx(binary, site, attempt); attempt++) {
            assertThat(attempt).as("nginx found its port taken 5 times").isLessThan(5);
        }
    }

    /** Starts nginx on a free port and waits until it answers: false if the port was taken meanwhile. */
    private static boolean startNginx(Path binary, Path site, int attempt) throws Exception {
        port = freePort();
        Path prefix = Files.createDirectories(work.resolve("nginx-" + attempt));
        Files.createDirectories(prefix.resolve("logs"));
        String server = Files.readString(Path.of("docs/nginx.conf"))
                .replace("listen 8080;", "listen 127.0.0.1:" + port + ";")
                .replace("root /srv/evidence-reader;", "root " + site.toAbsolutePath() + ";");
        assertThat(server).contains("listen 127.0.0.1:" + port + ";").contains("root " + site.toAbsolutePath() + ";");
        Files.writeString(prefix.resolve("server.conf"), server);
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.writeString(
                prefix.resolve("nginx.conf"),
                String.join(
                        "\n",
                        "daemon off;",
                        "worker_processes 1;",
                        root
                                ? "user root;"
                                : "", // as root, workers would otherwise drop to a user who cannot read the temp dir
                        "pid " + prefix.resolve("nginx.pid") + ";",
                        "error_log " + prefix.resolve("logs/error.log") + " warn;",
                        "events { worker_connections 64; }",
                        "http {",
                        "  include " + mimeTypes(binary) + ";",
                        "  default_type application/octet-stream;",
                        "  access_log " + prefix.resolve("logs/access.log") + ";",
                        "  client_body_temp_path " + prefix.resolve("body") + ";",
                        "  proxy_temp_path " + prefix.resolve("proxy") + ";",
                        "  fastcgi_temp_path " + prefix.resolve("fastcgi") + ";",
                        "  uwsgi_temp_path " + prefix.resolve("uwsgi") + ";",
                        "  scgi_temp_path " + prefix.resolve("scgi") + ";",
                        "  include " + prefix.resolve("server.conf") + ";",
                        "}",
                        ""));
        nginx = new ProcessBuilder(
                        binary.toString(),
                        "-p",
                        prefix.toString(),
                        "-c",
                        prefix.resolve("nginx.conf").toString(),
                        "-e",
                        prefix.resolve("logs/error.log").toString())
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                .start();
        // nginx writes its pid file once it has bound its port: from then on the port is its own.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!Files.exists(prefix.resolve("nginx.pid"))) {
            if (!nginx.isAlive()) {
                String errors = readIfExists(prefix.resolve("logs/error.log"));
                if (errors.contains("Address already in use")) {
                    return false;
                }
                fail("nginx did not start: " + Files.readString(prefix.resolve("logs/stdout.log")) + errors);
            }
            if (System.nanoTime() > deadline) {
                fail("nginx did not start within 15 s: " + Files.readString(prefix.resolve("logs/stdout.log"))
                        + readIfExists(prefix.resolve("logs/error.log")));
            }
            Thread.sleep(50);
        }
        get("/", false);
        return true;
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.destroy(); // SIGTERM: nginx's fast shutdown
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    /**
     * Served by nginx with docs/nginx.conf, every kind of file carries the security headers the
     * application sends, with the same values: pages, the 404 page, assets, JSON and the CSV.
     */
    @Test
    void everyAnswerCarriesTheApplicationsSecurityHeaders() throws Exception {
        String html = get("/articles/baidu-sora/", false).body();
        String stylesheet = attribute(html, "<link rel=\"stylesheet\" href=\"\\.\\./\\.\\./([^\"]+)\"");
        java.util.Map<String, String> expected = org.evidencereader.web.SecurityHeaders.ofTheApplication();
        assertThat(expected).containsKeys("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy");
        for (String path : new String[] {
            "/",
            "/articles/baidu-sora/",
            "/no/such/page",
            "/" + stylesheet,
            "/api/articles/",
            "/articles/baidu-sora/ledger.csv"
        }) {
            for (boolean gzip : new boolean[] {false, true}) {
                HttpResponse<String> answer = get(path, gzip);
                expected.forEach((name, value) -> assertThat(answer.headers().allValues(name))
                        .as(path + " " + name + (gzip ? " gzip" : ""))
                        .containsExactly(value));
            }
        }
        assertThat(get("/" + stylesheet, false).headers().allValues("Cache-Control"))
                .containsExactly("public, max-age=31536000, immutable");
        assertThat(get("/articles/baidu-sora/", false).headers().allValues("Cache-Control"))
                .containsExactly("no-cache");
        assertThat(get("/articles/baidu-sora/ledger.csv", false).headers().allValues("Cache-Control"))
                .containsExactly("no-cache");
    }

    @Test
    void servesTheLibraryAndAnArticlesReaderPage() throws Exception {
        HttpResponse<String> library = get("/", false);
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(library.body()).contains("href=\"./articles/baidu-sora/index.html\"");

        HttpResponse<String> reader = get("/articles/baidu-sora/", false);
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(reader.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(reader.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(reader.body()).contains("data-figure-id=\"total-power\"").doesNotContain("href=\"/");
        // The pretty URL without its slash is redirected to it, relatively.
        HttpResponse<String> bare = get("/articles/baidu-sora", false);
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).hasValue("/articles/baidu-sora/");
    }

    @Test
    void relativeLinksOnTheReaderPageResolve() throws Exception {
        URI page = uri("/articles/baidu-sora/");
        String html = get("/articles/baidu-sora/", false).body();
        String figure =
                attribute(html, "href=\"(\\.\\./\\.\\./articles/baidu-sora/figures/total-power/index\\.html)\"");
        HttpResponse<String> derivation =
                HTTP.send(HttpRequest.newBuilder(page.resolve(figure)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(derivation.statusCode()).isEqualTo(200);
        assertThat(derivation.uri().getPath()).isEqualTo("/articles/baidu-sora/figures/total-power/index.html");
        assertThat(derivation.body()).contains("504");

        String stylesheet = attribute(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"");
        assertThat(stylesheet).matches("\\.\\./\\.\\./assets/css/reader\\.[0-9a-f]{8}\\.css");
        HttpResponse<String> css = HTTP.send(
                HttpRequest.newBuilder(page.resolve(stylesheet))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");

        String english = attribute(html, "<a class=\"lang\" href=\"([^\"]+)\"");
        assertThat(english).isEqualTo("../../en/articles/baidu-sora/index.html");
        HttpResponse<String> en =
                HTTP.send(HttpRequest.newBuilder(page.resolve(english)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(en.body()).contains("lang=\"en\"");
    }

    @Test
    void servesAFigurePageTheLedgerAndItsDownloads() throws Exception {
        HttpResponse<String> figure = get("/articles/baidu-sora/figures/h100-power/", false);
        assertThat(figure.statusCode()).isEqualTo(200);
        assertThat(figure.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");

        HttpResponse<String> ledger = get("/articles/baidu-sora/ledger/", false);
        assertThat(ledger.statusCode()).isEqualTo(200);
        assertThat(ledger.body()).contains("href=\"../../../articles/baidu-sora/ledger.csv\"");
        HttpResponse<String> csv = get("/articles/baidu-sora/ledger.csv", false);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(csv.body()).contains("total-power");

        HttpResponse<String> json = get("/api/articles/baidu-sora/", false);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(json.body()).startsWith("{").contains("\"slug\":\"baidu-sora\"");
    }

    @Test
    void answersAMissingPageWithThe404Page() throws Exception {
        HttpResponse<String> missing = get("/articles/no-such-article/", false);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(missing.body()).contains("回到文章库");
    }

    @Test
    void servesThePrecompressedCopyWhenTheClientTakesGzip() throws Exception {
        HttpResponse<byte[]> page = HTTP.send(
                HttpRequest.newBuilder(uri("/articles/baidu-sora/"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(page.body()).startsWith((byte) 0x1f, (byte) 0x8b);
    }

    private static String attribute(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("a match for %s", regex).isTrue();
        return m.group(1);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Optional<Path> nginxBinary() {
        Stream<String> path = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        return Stream.concat(path, Stream.of("/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "nginx"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static Path mimeTypes(Path binary) {
        return Stream.of(Path.of("/etc/nginx/mime.types"), binary.getParent().resolveSibling("conf/mime.types"))
                .filter(Files::isReadable)
                .findFirst()
                .orElseGet(() -> fail("nginx is installed at " + binary + " but its mime.types was not found"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
