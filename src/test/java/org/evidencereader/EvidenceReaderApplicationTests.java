package org.evidencereader;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a real port with the shipped content, as a reader's browser sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceReaderApplicationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
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
        assertThat(figure.body()).contains("\"low\":5.04E8").contains("\"unit\":\"W\"")
                .contains("\"inputs\":[\"inference-gpus\",\"h100-power\"]");
    }

    @Test
    void unknownPagesAreNotFoundWithoutInternals() throws Exception {
        assertThat(get("/articles/no-such-article").statusCode()).isEqualTo(404);
        assertThat(get("/articles/baidu-sora/figures/no-such-figure").statusCode()).isEqualTo(404);
        HttpResponse<String> api = get("/api/articles/no-such-article");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        HttpResponse<String> elsewhere = get("/no/such/page");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(elsewhere.body()).contains("找不到页面").doesNotContain("Exception").doesNotContain("at org.");
        HttpResponse<String> noApi = get("/api/no-such-thing");
        assertThat(noApi.statusCode()).isEqualTo(404);
        assertThat(noApi.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
}
