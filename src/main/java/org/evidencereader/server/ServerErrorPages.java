package org.evidencereader.server;

import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.evidencereader.site.Route;
import org.evidencereader.web.ReaderLocaleResolver;
import org.evidencereader.web.RefusedRequests;
import org.evidencereader.web.Responses;
import org.evidencereader.web.SecurityHeadersFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;

/**
 * The site's own answer to the requests Jetty refuses before the application sees them, in place
 * of Jetty's built-in page (English only, ISO-8859-1, none of our security headers, and the
 * request's address echoed back).
 *
 * <p>Jetty checks a request's address against its URI compliance ({@code //}, {@code %2e%2e},
 * {@code %2f} …) after it has read the headers but before it hands the request to any handler, so
 * Spring Boot's error handling of the servlet context ({@code /error}) never sees it; nor does it see
 * a request the HTTP parser rejects (a bad Host, an illegal character, headers or an address too
 * long, an unknown method or version, a bad percent-encoding). Jetty answers all of these through
 * the server's error handler, which this sets. The checks themselves stay as Jetty has them: they
 * keep out path traversal and addresses that different parts of a server would read differently.
 *
 * <p>The handler reads no more of the request than the choice of answer needs (the {@code lang}
 * cookie, Accept-Language, and whether the raw path starts with {@code /api/}); the request is
 * never routed further. When the parser gave up before the headers, they are empty and the page is
 * in Chinese, the default.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorPages {

    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> answerRefusedRequests(
            ObjectProvider<RefusedRequests> refused) {
        return factory -> factory.addServerCustomizers(server -> server.setErrorHandler(new Handler(refused)));
    }

    /** Jetty's error handler for the whole server: writes {@link RefusedRequests}' answer with the status Jetty set. */
    static final class Handler implements Request.Handler {

        private static final String CACHE_CONTROL = CacheControl.noCache().getHeaderValue();
        /** The answer depends on the language, chosen by cookie or header. */
        private static final String VARY = Responses.VARY_LANGUAGE;

        /** Asked at each refusal (they are rare): the server is made before the application's beans. */
        private final ObjectProvider<RefusedRequests> refused;

        Handler(ObjectProvider<RefusedRequests> refused) {
            this.refused = refused;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus();
            RefusedRequests answers = refused.getIfAvailable();
            if (status < 400 || answers == null) {
                return false; // Jetty sends the status alone
            }
            RefusedRequests.Answer answer = answers.answer(
                    status,
                    languageCookies(request),
                    request.getHeaders().getValuesList(HttpHeader.ACCEPT_LANGUAGE),
                    isApi(request));
            HttpFields.Mutable headers = response.getHeaders();
            for (SecurityHeadersFilter.Header header : SecurityHeadersFilter.HEADERS) {
                headers.put(header.name(), header.value());
            }
            headers.put(HttpHeader.CONTENT_TYPE, answer.contentType().toString());
            headers.put(HttpHeader.CACHE_CONTROL, CACHE_CONTROL);
            headers.put(HttpHeader.VARY, VARY);
            response.write(true, ByteBuffer.wrap(answer.body()), callback);
            return true;
        }

        private static List<String> languageCookies(Request request) {
            return Request.getCookies(request).stream()
                    .filter(cookie -> ReaderLocaleResolver.COOKIE.equals(cookie.getName()))
                    .map(HttpCookie::getValue)
                    .toList();
        }

        /** As the application tells the API apart ({@link Route#isApi}), on the path as sent: it was refused before any decoding. */
        private static boolean isApi(Request request) {
            String path = request.getHttpURI().getPath();
            return path != null && Route.isApi(path);
        }
    }
}
