package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every kind of answer the site sends carries its security headers, and the answers to failures
 * and to requests the servlet container refuses are the site's own, in the reader's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersTest {

    private static final List<String> SECURITY_HEADERS = List.of(
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "X-Frame-Options",
            "Cross-Origin-Opener-Policy",
            "Permissions-Policy");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, null, headers);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingRoutes {
        @Bean
        Failing failingForErrorAnswers() {
            return new Failing();
        }

        /** A server too busy to read a request's body for a while: what a loaded machine does to any request. */
        @Bean
        jakarta.servlet.Filter busyServer() {
            return (request, response, chain) -> {
                if (request instanceof jakarta.servlet.http.HttpServletRequest http
                        && http.getHeader("X-Test-Busy") != null) {
                    try {
                        Thread.sleep(1_500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                chain.doFilter(request, response);
            };
        }
    }

    @Test
    void aSmallBodyThatArrivedAtOnceIsReadEvenWhenTheServerComesToItLate() throws Exception {
        HttpResponse<String> answer = send(
                "POST",
                "/api/articles/baidu-sora/what-if",
                "{\"overrides\":{\"h100-power\":\"350 W\"}}",
                "Content-Type",
                "application/json",
                "X-Test-Busy",
                "1");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @RestController
    static class Failing {
        @GetMapping({"/test-only/failure", "/api/test-only/failure"})
        String failure() {
            throw new IllegalStateException("test-only failure");
        }
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/articles/baidu-sora");
        String stylesheet = page.body().replaceAll("(?s).*href=\"(/assets/css/reader\\.[0-9a-f]+\\.css)\".*", "$1");
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("library", get("/"));
        answers.put("reader page", page);
        answers.put(
                "304",
                get(
                        "/articles/baidu-sora",
                        "If-None-Match",
                        page.headers().firstValue("ETag").orElseThrow()));
        answers.put("asset", get(stylesheet));
        answers.put("unhashed asset", get("/css/reader.css"));
        answers.put("CSV", get("/articles/baidu-sora/ledger.csv"));
        answers.put("JSON", get("/api/articles/baidu-sora"));
        answers.put("what-if page", get("/articles/baidu-sora/what-if?h100-power=350+W"));
        answers.put(
                "what-if API",
                send(
                        "POST",
                        "/api/articles/baidu-sora/what-if",
                        "{\"overrides\":{\"h100-power\":\"350 W\"}}",
                        "Content-Type",
                        "application/json"));
        answers.put("404", get("/no/such/page"));
        answers.put("404 API", get("/api/no/such"));
        answers.put("405", send("DELETE", "/articles/baidu-sora", null));
        answers.put("405 API", send("DELETE", "/api/articles", null));
        answers.put(
                "413",
                send(
                        "POST",
                        "/api/articles/baidu-sora/what-if",
                        "{\"overrides\":{\"x\":\"" + "9".repeat(20_000) + "\"}}",
                        "Content-Type",
                        "application/json"));
        answers.put(
                "400",
                send("POST", "/api/articles/baidu-sora/what-if", "not json", "Content-Type", "application/json"));
        answers.put(
                "400 what-if value",
                send(
                        "POST",
                        "/api/articles/baidu-sora/what-if",
                        "{\"overrides\":{\"h100-power\":\"1 W·s·s·s·s\"}}",
                        "Content-Type",
                        "application/json"));
        answers.put("500", get("/test-only/failure"));
        answers.put("500 API", get("/api/test-only/failure"));
        answers.put("/WEB-INF", get("/WEB-INF/web.xml"));
        answers.put("/META-INF", get("/META-INF/MANIFEST.MF"));
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("304", 304),
                Map.entry("404", 404),
                Map.entry("404 API", 404),
                Map.entry("405", 405),
                Map.entry("405 API", 405),
                Map.entry("413", 413),
                Map.entry("400", 400),
                Map.entry("400 what-if value", 400),
                Map.entry("500", 500),
                Map.entry("500 API", 500),
                Map.entry("/WEB-INF", 404),
                Map.entry("/META-INF", 404));
        HttpResponse<String> library = answers.get("library");
        answers.forEach((what, answer) -> {
            assertThat(answer.statusCode()).as(what).isEqualTo(expected.getOrDefault(what, 200));
            for (String header : SECURITY_HEADERS) {
                assertThat(answer.headers().allValues(header))
                        .as(what + " " + header)
                        .containsExactly(library.headers().firstValue(header).orElseThrow());
            }
        });
    }

    /** A failure, or an address the servlet container keeps to itself, gets the site's page: never Spring's JSON echoing the path. */
    @Test
    void failuresAndContainerAddressesGetTheSitesOwnPages() throws Exception {
        for (String path : new String[] {"/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/test-only/failure"}) {
            for (String accept : new String[] {"text/html", "application/json", "*/*"}) {
                HttpResponse<String> answer = get(path, "Accept", accept);
                assertThat(answer.headers().firstValue("Content-Type").map(String::toLowerCase))
                        .as(path + " " + accept)
                        .hasValue("text/html;charset=utf-8");
                assertThat(answer.body())
                        .as(path)
                        .startsWith("<!DOCTYPE html>")
                        .contains("<header class=\"site\">")
                        .doesNotContain("WEB-INF")
                        .doesNotContain("META-INF")
                        .doesNotContain("test-only")
                        .doesNotContain("timestamp");
            }
        }
        assertThat(get("/WEB-INF/web.xml").body())
                .isEqualTo(get("/no/such/page").body());
        assertThat(get("/test-only/failure").body())
                .contains("<title>出错了</title>")
                .contains("<html lang=\"zh-CN\"");
        assertThat(get("/test-only/failure", "Accept-Language", "en").body())
                .contains("<title>Something went wrong</title>")
                .contains("<html lang=\"en\"");
        assertThat(get("/test-only/failure", "Cookie", "lang=en").body()).contains("<html lang=\"en\"");
        assertThat(get("/test-only/failure?lang=en").body()).contains("<html lang=\"en\"");

        HttpResponse<String> api = get("/api/test-only/failure", "Accept-Language", "en");
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.body())
                .contains("\"status\":500")
                .contains("\"title\":\"Something went wrong\"")
                .doesNotContain("test-only")
                .doesNotContain("instance");
    }

    /** A method the address does not take: the site's page for a page, problem JSON for the API; both say what it takes. */
    @Test
    void aMethodNotAllowedOnAPageIsAPage() throws Exception {
        HttpResponse<String> page = send("DELETE", "/articles/baidu-sora", null, "Accept-Language", "en");
        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.headers().firstValue("Content-Type").map(String::toLowerCase))
                .hasValue("text/html;charset=utf-8");
        assertThat(page.headers().firstValue("Allow")).hasValue("GET,HEAD,OPTIONS");
        assertThat(page.body())
                .startsWith("<!DOCTYPE html>")
                .contains("<title>Method not allowed</title>")
                .contains("<html lang=\"en\"");

        HttpResponse<String> api = send("DELETE", "/api/articles", null);
        assertThat(api.statusCode()).isEqualTo(405);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.headers().firstValue("Allow")).hasValue("GET,HEAD,OPTIONS");
    }

    @Test
    void aHundredIdenticalFailuresLogOneStackTrace(CapturedOutput output) throws Exception {
        int before = count(output.getOut(), "Caused by: java.lang.IllegalStateException: test-only failure");
        for (int i = 0; i < 100; i++) {
            assertThat(get("/test-only/failure").statusCode()).isEqualTo(500);
        }
        int traces = count(output.getOut(), "Caused by: java.lang.IllegalStateException: test-only failure") - before;
        assertThat(traces).as("stack traces logged for 100 identical failures").isLessThanOrEqualTo(1);
        assertThat(count(output.getOut(), "at org.evidencereader.ErrorAnswersTest$Failing.failure"))
                .isLessThanOrEqualTo(before + 2);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
