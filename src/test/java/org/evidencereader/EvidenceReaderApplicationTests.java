package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole application on a real port with the shipped content, as a reader's browser sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceReaderApplicationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheBaiduSoraArticleWithItsFiguresMarked() throws Exception {
        HttpResponse<String> page = get("/articles/baidu-sora");
        assertThat(page.statusCode()).isEqualTo(200);
        int marks = page.body().split("data-figure-id=\"", -1).length - 1;
        int cards = page.body().split("data-card-for=\"", -1).length - 1;
        assertThat(marks).isGreaterThanOrEqualTo(20);
        assertThat(cards).isGreaterThanOrEqualTo(marks - page.body().split("implied-figure", -1).length + 1);
        assertThat(page.body()).contains("720,000 GPU").contains("504,000 kW");
    }

    @Test
    void apiHoldsTheTotalPowerWithItsInputs() throws Exception {
        HttpResponse<String> figure = get("/api/articles/baidu-sora/figures/total-power");
        assertThat(figure.statusCode()).isEqualTo(200);
        assertThat(figure.body())
                .contains("\"low\":5.04E8")
                .contains("\"unit\":\"W\"")
                .contains("\"inputs\":[\"inference-gpus\",\"h100-power\"]");
    }

    @Test
    void everyPageForbidsInlineScriptAndFraming() throws Exception {
        for (String path : new String[] {
            "/",
            "/articles/baidu-sora",
            "/articles/baidu-sora/figures/total-power",
            "/articles/baidu-sora/ledger",
            "/api/articles",
            "/no/such/page"
        }) {
            HttpResponse<String> response = get(path);
            String csp =
                    response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp)
                    .as(path)
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            // Written out here rather than read from the filter, so that a change to them is seen.
            assertThat(response.headers().allValues("Referrer-Policy"))
                    .as(path)
                    .containsExactly("strict-origin-when-cross-origin");
            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(response.headers().allValues("Cross-Origin-Opener-Policy"))
                    .as(path)
                    .containsExactly("same-origin");
            assertThat(response.headers().allValues("Permissions-Policy"))
                    .as(path)
                    .containsExactly("camera=(), microphone=(), geolocation=(), interest-cohort=()");
            // Every script element in our pages is a file, or JSON-LD data that is never run.
            java.util.regex.Matcher scripts =
                    java.util.regex.Pattern.compile("<script([^>]*)>").matcher(response.body());
            while (scripts.find()) {
                assertThat(scripts.group(1)).as(path).matches(".*(src=\"[^\"]+\"|type=\"application/ld\\+json\").*");
            }
        }
    }

    @Test
    void traceIsRefusedAndNothingIsEchoed() throws Exception {
        for (String path : new String[] {"/", "/articles/baidu-sora", "/api/articles"}) {
            HttpResponse<String> trace = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .method("TRACE", HttpRequest.BodyPublishers.noBody())
                            .header("Cookie", "secret=do-not-echo")
                            .header("X-Probe", "do-not-echo")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(trace.statusCode()).as(path).isEqualTo(405);
            assertThat(trace.body()).as(path).doesNotContain("do-not-echo").doesNotContain("TRACE /");
            // A page's address answers with the site's page, the API's with problem JSON.
            assertThat(trace.body()).as(path).startsWith(path.startsWith("/api/") ? "{" : "<!DOCTYPE html>");
            assertThat(trace.headers().firstValue("Allow"))
                    .as(path)
                    .hasValueSatisfying(
                            allow -> assertThat(allow).contains("GET").doesNotContain("TRACE"));
        }
    }

    private HttpResponse<byte[]> getGzip(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Whatever a client lists in If-None-Match, a 304 carries the page's own strong ETag (RFC 9110, 15.4.5). */
    @Test
    void notModifiedAnswersKeepThePagesOwnETag() throws Exception {
        for (String path :
                new String[] {"/articles/baidu-sora", "/api/articles/baidu-sora", "/articles/baidu-sora/ledger.csv"}) {
            String etag = getGzip(path).headers().firstValue("ETag").orElseThrow();
            assertThat(etag).as(path).startsWith("\"").doesNotStartWith("W/");
            for (String ifNoneMatch : new String[] {etag, "\"old\", " + etag, "*", "W/" + etag}) {
                HttpResponse<byte[]> again = getGzip(path, "If-None-Match", ifNoneMatch);
                assertThat(again.statusCode()).as(path + " " + ifNoneMatch).isEqualTo(304);
                assertThat(again.headers().allValues("ETag"))
                        .as(path + " " + ifNoneMatch)
                        .containsExactly(etag);
            }
        }
    }

    /** What is made per request is compressed by the server; what is built in advance comes compressed already. */
    @Test
    void answersMadePerRequestAndUnhashedAssetsAreSentCompressed() throws Exception {
        for (String path : new String[] {
            "/articles/baidu-sora/what-if?h100-power=350+W",
            "/api/articles/baidu-sora/coverage",
            "/css/reader.css",
            "/js/cards.js",
            "/articles/baidu-sora"
        }) {
            HttpResponse<byte[]> response = getGzip(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(path)
                    .contains("gzip");
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
                assertThat(in.readAllBytes().length).as(path).isGreaterThan(response.body().length);
            }
        }
        assertThat(getGzip("/css/reader.css").headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age=3600"));
        HttpResponse<byte[]> versioned = getGzip("/css/reader.css?v=2");
        assertThat(versioned.headers().firstValue("Content-Encoding"))
                .as("a query string on an asset")
                .contains("gzip");
        assertThat(versioned.headers().firstValue("ETag"))
                .isEqualTo(getGzip("/css/reader.css").headers().firstValue("ETag"));
    }

    /** HEAD answers with the headers the GET would have: the same encoding, validator and caching. */
    @Test
    void headAnswersCarryTheHeadersOfTheGet() throws Exception {
        for (String path :
                new String[] {"/css/reader.css", "/articles/baidu-sora", "/articles/baidu-sora/what-if?h100-power=350+W"
                }) {
            HttpResponse<byte[]> get = getGzip(path);
            HttpResponse<String> head = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept-Encoding", "gzip")
                            .method("HEAD", HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as(path).isEqualTo(200);
            for (String header : new String[] {"Content-Encoding", "ETag", "Cache-Control", "Content-Type"}) {
                assertThat(head.headers().allValues(header))
                        .as(path + " " + header)
                        .isEqualTo(get.headers().allValues(header));
            }
            assertThat(head.headers().allValues("Vary").toString()).as(path).contains("Accept-Encoding");
        }
        assertThat(getGzip("/articles/baidu-sora/what-if?h100-power=350+W")
                        .headers()
                        .allValues("Vary")
                        .toString())
                .as("a what-if page is in the reader's language")
                .contains("Accept-Language")
                .contains("Cookie");
    }

    /**
     * A what-if page made on the server varies by encoding, language and the language cookie, said in
     * one Vary header (it was two: Jetty's compression's and the page's own), and is no-cache like
     * every other page, compressed or not, found or not.
     */
    @Test
    void whatIfPagesSendOneVaryHeaderAndNoCache() throws Exception {
        for (String path : new String[] {
            "/articles/baidu-sora/what-if?h100-power=350+W",
            "/articles/baidu-sora/figures/total-power/what-if?h100-power=350+W",
            "/articles/baidu-sora/what-if?openai-h100-count=0",
            "/articles/baidu-sora/what-if?h100-power=abc",
            "/articles/nope/what-if?h100-power=350+W"
        }) {
            for (String encoding : new String[] {"gzip", "identity"}) {
                var headers = http.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                        .header("Accept-Encoding", encoding)
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .headers();
                assertThat(headers.allValues("Vary"))
                        .as(path + " " + encoding)
                        .containsExactly("Accept-Encoding, Accept-Language, Cookie");
                assertThat(headers.allValues("Cache-Control"))
                        .as(path + " " + encoding)
                        .containsExactly("no-cache");
            }
        }
    }

    /** The API reads plain JSON: a gzip-encoded body is not inflated (a small body must not become a large one). */
    @Test
    void aCompressedRequestBodyIsNotInflated() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(
                    "{\"overrides\": {\"h100-power\": \"350 W\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles/baidu-sora/what-if"))
                        .header("Content-Type", "application/json")
                        .header("Content-Encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
    }

    /** An Accept-Language with no usable language gives the default, Chinese, never the machine's locale. */
    @Test
    void anUnusableAcceptLanguageGivesChinese() throws Exception {
        for (String header : new String[] {"*", "x-pig-latin", "en;q=0, *"}) {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                            .header("Accept-Language", header)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).as(header).contains("<html lang=\"zh-CN\"");
        }
    }

    @Test
    void hostileWhatIfBodiesGetFourHundreds() throws Exception {
        String big = "{\"overrides\": {\"h100-power\": \"" + "9".repeat(20_000) + "\"}}";
        assertThat(post("/api/articles/baidu-sora/what-if", big).statusCode()).isEqualTo(413);
        assertThat(post("/api/articles/baidu-sora/what-if", "{\"overrides\": {\"h100-power\": \"1e999 W\"}}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/articles/baidu-sora/what-if", "[".repeat(5_000)).statusCode())
                .isEqualTo(400);
        assertThat(post("/api/articles/baidu-sora/what-if", "{\"overrides\": {\"h100-power\": {\"a\": 1}}}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/articles/baidu-sora/what-if", "{\"overrides\": {\"h100-power\": \"Infinity\"}}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/articles/baidu-sora/what-if", "{\"overrides\": {\"h100-power\": \"350 W\"}}")
                        .statusCode())
                .isEqualTo(200);
    }

    /**
     * A body over the limit gets its 413 every time, never a reset connection: Jetty closes a
     * connection whose body was left unread, and a client still sending then sees no answer at all
     * (16 of 300 such requests did before the filter read the body first).
     */
    @Test
    void anOversizedBodyAlwaysGetsItsAnswer() throws Exception {
        String big = "{\"overrides\": {\"h100-power\": \"" + "9".repeat(200_000) + "\"}}";
        for (int i = 0; i < 100; i++) {
            assertThat(post("/api/articles/baidu-sora/what-if", big).statusCode())
                    .as("request " + i)
                    .isEqualTo(413);
        }
    }

    @Test
    void traversingPathsAreRefusedWithoutServerErrors() throws Exception {
        for (String path : new String[] {
            "/articles/..",
            "/articles/%2e%2e",
            "/articles/%2e%2e/%2e%2e/etc/passwd",
            "/articles/baidu-sora/figures/..%2f..%2fpom.xml",
            "/articles/a%00b",
            "/api/articles/%2e%2e",
            "/articles/baidu-sora/figures/%00"
        }) {
            int status = get(path).statusCode();
            assertThat(status).as(path).isBetween(400, 499);
        }
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A 304 names no length: RFC 9110 (8.6) allows a Content-Length there only if it is the 200's, and
     * a cache could take any other for the page's own. GET and HEAD carry the length of what the GET
     * sends, plain or compressed. Pages and documents from memory, a page the controllers answer
     * ({@code ?lang=en}), hashed and plain assets, and a file from Spring's resource handling.
     */
    @Test
    void notModifiedAnswersCarryNoContentLength() throws Exception {
        String page = get("/articles/baidu-sora").body();
        java.util.regex.Matcher stylesheet = java.util.regex.Pattern.compile(
                        "href=\"(/assets/css/reader\\.[0-9a-f]+\\.css)\"")
                .matcher(page);
        assertThat(stylesheet.find()).isTrue();
        for (String path : new String[] {
            "/articles/baidu-sora",
            "/articles/baidu-sora?lang=en",
            "/api/articles/baidu-sora",
            "/articles/baidu-sora/ledger.csv",
            "/css/reader.css",
            stylesheet.group(1),
            "/favicon.svg"
        }) {
            for (String encoding : new String[] {"gzip", "identity"}) {
                String what = path + " " + encoding;
                HttpResponse<byte[]> ok = send(path, "GET", "Accept-Encoding", encoding);
                assertThat(ok.statusCode()).as(what).isEqualTo(200);
                assertThat(ok.headers().allValues("Content-Length"))
                        .as(what)
                        .containsExactly(String.valueOf(ok.body().length));
                HttpResponse<byte[]> head = send(path, "HEAD", "Accept-Encoding", encoding);
                assertThat(head.headers().allValues("Content-Length"))
                        .as(what + " HEAD")
                        .containsExactly(String.valueOf(ok.body().length));
                String[] validator = ok.headers()
                        .firstValue("ETag")
                        .map(etag -> new String[] {"If-None-Match", etag})
                        .orElseGet(() -> new String[] {
                            "If-Modified-Since",
                            ok.headers().firstValue("Last-Modified").orElseThrow()
                        });
                for (String method : new String[] {"GET", "HEAD"}) {
                    HttpResponse<byte[]> notModified =
                            send(path, method, "Accept-Encoding", encoding, validator[0], validator[1]);
                    assertThat(notModified.statusCode()).as(what + " " + method).isEqualTo(304);
                    assertThat(notModified.headers().allValues("Content-Length"))
                            .as(what + " " + method + " 304")
                            .isEmpty();
                    assertThat(notModified.body())
                            .as(what + " " + method + " 304")
                            .isEmpty();
                }
            }
        }
    }

    private HttpResponse<byte[]> send(String path, String method, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** An answer read off the socket: the status, each header's values by lower-case name, the body as UTF-8. */
    private record RawResponse(int status, java.util.Map<String, List<String>> headers, String body) {
        String header(String name) {
            return String.join(", ", headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of()));
        }
    }

    /**
     * Sends a request exactly as written, on a plain socket: java.net.http normalises a path such as
     * {@code //articles/x} and refuses to send a malformed request at all. Without header lines the
     * request has a Host line only.
     */
    private RawResponse raw(String requestLine, String... headerLines) throws Exception {
        StringBuilder request = new StringBuilder(requestLine).append("\r\n");
        for (String line : headerLines.length == 0 ? new String[] {"Host: localhost:" + port} : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        byte[] answer;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            answer = socket.getInputStream().readAllBytes();
        }
        String text = new String(answer, java.nio.charset.StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        java.util.Map<String, List<String>> headers = new java.util.TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(
                            lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                            k -> new java.util.ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] content = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
        if (content.length > 0
                && headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            content = dechunk(content);
        }
        return new RawResponse(
                Integer.parseInt(lines[0].split(" ")[1]),
                headers,
                new String(content, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The content of a chunked body: each chunk's bytes without the sizes between them. */
    private static byte[] dechunk(byte[] chunked) {
        var content = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = at;
            while (chunked[lineEnd] != '\r') {
                lineEnd++;
            }
            int size = Integer.parseInt(
                    new String(chunked, at, lineEnd - at, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .split(";")[0].strip(),
                    16);
            if (size == 0) {
                return content.toByteArray();
            }
            content.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static final String[] SECURITY_HEADERS = {
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "X-Frame-Options",
        "Cross-Origin-Opener-Policy",
        "Permissions-Policy"
    };

    /** The site's own error page: its layout, UTF-8, the security headers of every other page, nothing of the request. */
    private void assertSitePage(RawResponse answer, String what, String... notShown) throws Exception {
        HttpResponse<String> library = get("/");
        assertThat(answer.header("Content-Type").replace(" ", "").toLowerCase(java.util.Locale.ROOT))
                .as(what)
                .isEqualTo("text/html;charset=utf-8");
        for (String header : SECURITY_HEADERS) {
            assertThat(answer.header(header))
                    .as(what + " " + header)
                    .isEqualTo(library.headers().firstValue(header).orElseThrow());
        }
        assertThat(answer.body())
                .as(what)
                .startsWith("<!DOCTYPE html>")
                .contains("<header class=\"site\">")
                .containsPattern("href=\"/assets/css/reader\\.[0-9a-f]+\\.css\"")
                .contains("<main id=\"main\" class=\"not-found\">")
                .doesNotContainIgnoringCase("jetty")
                .doesNotContain("HTTP ERROR");
        for (String text : notShown) {
            assertThat(answer.body()).as(what).doesNotContain(text);
        }
    }

    /**
     * Addresses Jetty refuses before the application sees them ('//', an encoded dot segment) stay
     * refused with 400, but the answer is the site's own page in the reader's language, with the
     * security headers, and without the address; an API client gets problem JSON.
     */
    @Test
    void ambiguousAddressesGetTheSitesOwnBadRequestPage() throws Exception {
        for (String path : new String[] {
            "//articles/baidu-sora", "/articles/%2e%2e/x", "/articles/baidu-sora/figures/..%2f..%2fpom.xml"
        }) {
            RawResponse chinese = raw("GET " + path + " HTTP/1.1");
            assertThat(chinese.status()).as(path).isEqualTo(400);
            assertSitePage(chinese, path, "baidu-sora", "%2e", "%2f", "pom.xml", "Ambiguous");
            assertThat(chinese.body())
                    .as(path)
                    .contains("<html lang=\"zh-CN\"")
                    .contains("<title>请求有误</title>")
                    .contains("回到文章库")
                    .contains("href=\"/?lang=en\"");

            RawResponse english =
                    raw("GET " + path + " HTTP/1.1", "Host: localhost", "Accept-Language: en-GB,en;q=0.9");
            assertThat(english.status()).as(path).isEqualTo(400);
            assertSitePage(english, path + " en", "baidu-sora", "%2e", "%2f", "pom.xml", "Ambiguous");
            assertThat(english.body())
                    .as(path)
                    .contains("<html lang=\"en\"")
                    .contains("<title>Bad request</title>")
                    .contains("Back to the library")
                    .contains("href=\"/?lang=zh\"");

            RawResponse chosen =
                    raw("GET " + path + " HTTP/1.1", "Host: localhost", "Accept-Language: zh", "Cookie: lang=en");
            assertThat(chosen.body()).as(path + " lang cookie").contains("<html lang=\"en\"");
        }
        RawResponse api = raw("GET /api/articles/%2e%2e HTTP/1.1", "Host: localhost", "Accept-Language: en");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.header("Content-Security-Policy"))
                .isEqualTo(
                        get("/").headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(api.body())
                .contains("\"status\":400")
                .contains("\"title\":\"Bad request\"")
                .doesNotContain("%2e")
                .doesNotContain("instance");
    }

    /**
     * Other requests Jetty refuses on its own, each far enough along for an answer: the site's page
     * with the status Jetty chose and a title that says why. Their headers may not have been read, so
     * the language is Chinese.
     */
    @Test
    void requestsJettyRefusesGetTheSitesOwnPage() throws Exception {
        String bad = "请求有误";
        Object[][] cases = {
            {
                "a Host that is no host",
                400,
                bad,
                new String[] {"GET / HTTP/1.1", "Host: exa mple<b>"},
                new String[] {"exa mple", "<b>"}
            },
            {
                "two Hosts",
                400,
                bad,
                new String[] {"GET / HTTP/1.1", "Host: localhost", "Host: other.example"},
                new String[] {"other.example"}
            },
            {"no Host", 400, bad, new String[] {"GET / HTTP/1.1", "Accept: text/html"}, new String[] {}},
            {
                "an illegal character in the path",
                400,
                bad,
                new String[] {"GET /articles/a<b>c HTTP/1.1"},
                new String[] {"a<b>c"}
            },
            {
                "a backslash in the path",
                400,
                bad,
                new String[] {"GET /articles\\..\\x HTTP/1.1"},
                new String[] {"articles\\"}
            },
            {"bad percent-encoding", 400, bad, new String[] {"GET /%zz HTTP/1.1"}, new String[] {"%zz", "badMessage"}},
            {
                "an encoded NUL",
                400,
                bad,
                new String[] {"GET /articles/a%00b HTTP/1.1"},
                new String[] {"a%00b", "badMessage"}
            },
            {
                "an encoding that is not UTF-8",
                400,
                bad,
                new String[] {"GET /articles/%ff HTTP/1.1"},
                new String[] {"%ff"}
            },
            {"a bad method", 400, bad, new String[] {"G@T / HTTP/1.1"}, new String[] {"G@T"}},
            {
                "a TLS handshake on the plain port",
                400,
                bad,
                new String[] {"\u0016\u0003\u0001\u0002\u0000\u0001\u0000"},
                new String[] {}
            },
            {
                "a header too large",
                431,
                "请求头太大",
                new String[] {"GET / HTTP/1.1", "Host: localhost", "X-Big: " + "a".repeat(20_000)},
                new String[] {"aaaa"}
            },
            {
                "an address too long",
                414,
                "地址太长",
                new String[] {"GET /" + "b".repeat(20_000) + " HTTP/1.1"},
                new String[] {"bbbb"}
            },
            {"an unknown HTTP version", 505, "不支持的 HTTP 版本", new String[] {"GET / HTTP/9.9"}, new String[] {"9.9"}},
            {"a request for the server as a whole", 404, "找不到页面", new String[] {"OPTIONS * HTTP/1.1"}, new String[] {}},
        };
        for (Object[] c : cases) {
            String what = (String) c[0];
            String[] lines = (String[]) c[3];
            RawResponse answer = raw(lines[0], java.util.Arrays.copyOfRange(lines, 1, lines.length));
            assertThat(answer.status()).as(what).isEqualTo(c[1]);
            assertSitePage(answer, what, (String[]) c[4]);
            assertThat(answer.body()).as(what).contains("<html lang=\"zh-CN\"").contains("<title>" + c[2] + "</title>");
        }
    }

    /**
     * A query string with a bad percent-encoding (a mangled tracking parameter, a link cut off in the
     * middle of an encoded character) is read as it stands, as Tomcat did: the reader gets the page,
     * the very page of the same address without the bad parameter, or with it well encoded. The other
     * parameters are read as usual. The path is checked as strictly as before.
     */
    @Test
    void badPercentEncodingsInTheQueryStillServeThePage() throws Exception {
        String article = raw("GET /articles/baidu-sora HTTP/1.1").body();
        for (String query :
                new String[] {"%zz", "x=100%", "utm_source=%zz&utm_medium=%", "utm_campaign=%e4%b8", "x=%%", "x=%u4e2d"
                }) {
            RawResponse page = raw("GET /articles/baidu-sora?" + query + " HTTP/1.1");
            assertThat(page.status()).as(query).isEqualTo(200);
            assertThat(page.body()).as(query).isEqualTo(article);
        }
        assertThat(raw("GET /articles/baidu-sora?lang=en&utm_source=%zz HTTP/1.1")
                        .body())
                .as("lang is still read")
                .isEqualTo(raw("GET /articles/baidu-sora?lang=en HTTP/1.1").body())
                .contains("<html lang=\"en\"");

        RawResponse api = raw("GET /api/articles/baidu-sora?%zz HTTP/1.1");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.header("Content-Type")).startsWith("application/json");
        assertThat(api.body())
                .isEqualTo(raw("GET /api/articles/baidu-sora HTTP/1.1").body());

        // What-if values: a bad encoding reads as the same value well encoded; an empty parameter is left out as
        // before.
        assertThat(raw("GET /articles/baidu-sora/what-if?h100-power=350+W&%zz HTTP/1.1")
                        .body())
                .isEqualTo(raw("GET /articles/baidu-sora/what-if?h100-power=350+W HTTP/1.1")
                        .body())
                .contains("name=\"h100-power\" value=\"350 W\"");
        RawResponse percent =
                raw("GET /articles/baidu-sora/figures/total-power/what-if?h100-power=350%20W%zz HTTP/1.1");
        assertThat(percent.status()).isEqualTo(200);
        assertThat(percent.body())
                .isEqualTo(raw("GET /articles/baidu-sora/figures/total-power/what-if?h100-power=350%20W%25zz HTTP/1.1")
                        .body());

        for (String path :
                new String[] {"/articles/baidu-sora%zz", "/articles/%e4%b8", "/articles/100%", "/articles/%2e%2e/x"}) {
            assertThat(raw("GET " + path + "?x=1 HTTP/1.1").status()).as(path).isEqualTo(400);
        }
    }

    /**
     * A query whose bytes are not UTF-8 is still refused (Jetty would let such bytes into the path
     * too if it let them into the query), but with the site's own page in the reader's language, or
     * problem JSON under /api, not Spring Boot's error page; nothing of the request is in it.
     */
    @Test
    void aQueryThatIsNotUtf8GetsTheSitesOwnBadRequestPage() throws Exception {
        for (String target : new String[] {
            "/articles/baidu-sora?utm_source=%ff",
            "/?utm_source=%c3%28",
            "/articles/baidu-sora/what-if?h100-power=350%ff"
        }) {
            RawResponse chinese = raw("GET " + target + " HTTP/1.1");
            assertThat(chinese.status()).as(target).isEqualTo(400);
            assertSitePage(chinese, target, "utm_source", "h100-power", "%ff", "%c3");
            assertThat(chinese.body())
                    .as(target)
                    .contains("<html lang=\"zh-CN\"")
                    .contains("<title>请求有误</title>");
            assertThat(chinese.header("Vary"))
                    .as(target)
                    .contains("Accept-Language")
                    .contains("Cookie");

            RawResponse english =
                    raw("GET " + target + " HTTP/1.1", "Host: localhost", "Accept-Language: en-GB,en;q=0.9");
            assertThat(english.status()).as(target).isEqualTo(400);
            assertSitePage(english, target + " en", "utm_source", "h100-power", "%ff", "%c3");
            assertThat(english.body()).as(target).contains("<html lang=\"en\"").contains("<title>Bad request</title>");

            RawResponse chosen =
                    raw("GET " + target + " HTTP/1.1", "Host: localhost", "Accept-Language: zh", "Cookie: lang=en");
            assertThat(chosen.body()).as(target + " lang cookie").contains("<html lang=\"en\"");
        }
        RawResponse api =
                raw("GET /api/articles/baidu-sora?utm_source=%ff HTTP/1.1", "Host: localhost", "Accept-Language: en");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        for (String header : SECURITY_HEADERS) {
            assertThat(api.header(header))
                    .as(header)
                    .isEqualTo(get("/").headers().firstValue(header).orElseThrow());
        }
        assertThat(api.body())
                .contains("\"status\":400")
                .contains("\"title\":\"Bad request\"")
                .doesNotContain("instance")
                .doesNotContain("path")
                .doesNotContain("utm_source")
                .doesNotContain("baidu-sora");
    }

    /**
     * {@code /error} is where the server renders the answers to failed requests; asked for by a reader
     * or a crawler, it is a page that does not exist, answered as any other: the site's 404 page in
     * the reader's language.
     */
    @Test
    void theErrorPathIsNotAPageOfItsOwn() throws Exception {
        String notFound = raw("GET /no/such/page HTTP/1.1").body();
        for (String request :
                new String[] {"GET /error", "GET /error;x=1", "GET /error?lang=zh", "POST /error", "DELETE /error"}) {
            RawResponse answer = raw(request + " HTTP/1.1");
            assertThat(answer.status()).as(request).isEqualTo(404);
            assertSitePage(answer, request);
            assertThat(answer.body()).as(request).isEqualTo(notFound);
        }
        RawResponse english = raw("GET /error HTTP/1.1", "Host: localhost", "Accept-Language: en");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.body())
                .isEqualTo(raw("GET /no/such/page HTTP/1.1", "Host: localhost", "Accept-Language: en")
                        .body())
                .contains("<html lang=\"en\"");
        // Content negotiation gives what any other address outside the API gives.
        RawResponse json = raw("GET /error HTTP/1.1", "Host: localhost", "Accept: application/json");
        RawResponse otherJson = raw("GET /no/such/page HTTP/1.1", "Host: localhost", "Accept: application/json");
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.header("Content-Type")).isEqualTo(otherJson.header("Content-Type"));
        assertThat(json.body()).isEqualTo(otherJson.body()).doesNotContain("\"status\":999");
        assertThat(raw("HEAD /error HTTP/1.1").status()).isEqualTo(404);
    }

    /**
     * Routes that exist in this test only and fail as a bug would: an exception, and a
     * {@code sendError}. Their answers come from {@code /error}, as every real failure's does.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailingRoutes {
        @Bean
        Failing failing() {
            return new Failing();
        }
    }

    @RestController
    static class Failing {
        @GetMapping("/test-only/exception")
        String exception() {
            throw new IllegalStateException("test-only failure");
        }

        @GetMapping("/test-only/send-error")
        void sendError(HttpServletResponse response) throws java.io.IOException {
            response.sendError(503);
        }
    }

    /**
     * A request that fails still gets its answer from {@code /error}, with its own status: the site's
     * page whatever the client accepts (a JSON body there used to echo the address).
     */
    @Test
    void failuresAreStillAnsweredThroughTheErrorPath() throws Exception {
        Object[][] cases = {{"/test-only/exception", 500}, {"/test-only/send-error", 503}};
        for (Object[] c : cases) {
            String path = (String) c[0];
            for (String accept : new String[] {"text/html", "application/json"}) {
                RawResponse page = raw("GET " + path + " HTTP/1.1", "Host: localhost", "Accept: " + accept);
                assertThat(page.status()).as(path).isEqualTo(c[1]);
                assertThat(page.header("Content-Type")).as(path).startsWith("text/html");
                assertThat(page.body())
                        .as(path)
                        .contains("<title>出错了</title>")
                        .contains("<h1>出错了</h1>")
                        .doesNotContain("test-only")
                        .doesNotContain("Exception");
            }
        }
    }

    @Test
    void unknownPagesAreNotFoundWithoutInternals() throws Exception {
        assertThat(get("/articles/no-such-article").statusCode()).isEqualTo(404);
        assertThat(get("/articles/baidu-sora/figures/no-such-figure").statusCode())
                .isEqualTo(404);
        HttpResponse<String> api = get("/api/articles/no-such-article");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        HttpResponse<String> elsewhere = get("/no/such/page");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(elsewhere.body())
                .contains("找不到页面")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        HttpResponse<String> noApi = get("/api/no-such-thing");
        assertThat(noApi.statusCode()).isEqualTo(404);
        assertThat(noApi.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
}
