package org.evidencereader.server;

import java.util.List;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.evidencereader.site.Route;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gzip for the answers that are made per request: what-if pages and computations, and the coverage
 * document. Everything else (pages, API documents, assets, ledgers) is compressed once when it is
 * rendered and served with its own strong ETag ({@code web.PageFilter}, {@code web.Responses}).
 *
 * <p>Spring Boot's {@code server.compression} is off because on Jetty it wraps every response: for a
 * {@code 304 Not Modified} Jetty's compression then replaces the ETag the application set with the
 * request's whole {@code If-None-Match} value ({@code "a", "b"}, {@code *}, a weak tag …). Here the
 * compression only ever sees the per-request paths, which carry no ETag. HEAD is included so that
 * its headers are those of the GET. Request bodies are never inflated: the API takes plain JSON,
 * and a small gzip body must not become a large one.
 */
@Configuration(proxyBeanMethods = false)
class DynamicCompression {

    /**
     * The answers computed per request: the what-if pages and computation, and the coverage
     * document, each as a regular expression (Jetty matches them against every request's path).
     */
    static final List<String> PATH_PATTERNS =
            List.of(Route.ARTICLE_WHAT_IF, Route.FIGURE_WHAT_IF, Route.API_WHAT_IF, Route.API_COVERAGE).stream()
                    .map(Route::regex)
                    .toList();

    /** Smaller answers are sent as they are (Spring Boot's default threshold). */
    static final int MIN_SIZE = 2048;

    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> compressDynamicAnswers() {
        return factory -> factory.addServerCustomizers(server -> {
            GzipCompression gzip = new GzipCompression();
            gzip.setMinCompressSize(MIN_SIZE);
            CompressionHandler compression = new CompressionHandler(server.getHandler());
            compression.putCompression(gzip);
            CompressionConfig.Builder config = CompressionConfig.builder()
                    .compressIncludeMimeType("text/html")
                    .compressIncludeMimeType("application/json")
                    .compressIncludeMimeType("application/problem+json")
                    .compressIncludeMethod("GET")
                    .compressIncludeMethod("HEAD")
                    .compressIncludeMethod("POST")
                    .decompressExcludePath("/*");
            PATH_PATTERNS.forEach(config::compressIncludePath);
            compression.putConfiguration("/", config.build());
            server.setHandler(compression);
        });
    }
}
