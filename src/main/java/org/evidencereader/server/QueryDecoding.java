package org.evidencereader.server;

import java.util.List;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A query string with a bad percent-encoding ({@code ?%zz}, {@code ?x=100%}, an address cut off in
 * the middle of an encoded character) is read as it stands, so that a link with a mangled tracking
 * parameter still opens the page. By default Jetty refuses the whole request with 400 the moment a
 * parameter is read, where Tomcat skipped the bad parameter.
 *
 * <p>Jetty decodes query parameters leniently when its URI compliance allows
 * {@link UriCompliance.Violation#BAD_PERCENT_ENCODING} (documented as "bad percent encodings such
 * as %xx or %% in query strings": the characters are kept as sent) and
 * {@link UriCompliance.Violation#TRUNCATED_UTF8_ENCODING} (a cut-off UTF-8 sequence becomes U+FFFD;
 * a bare {@code %} at the end counts as one). Its URI parser never reports either of them for the
 * path, so the checks on the path stay as they are: {@code //}, {@code %2e%2e}, {@code %2f},
 * {@code /%zz} and bad UTF-8 ({@code /articles/%ff}) are still refused ({@code web.ServerErrorPages}).
 * {@link UriCompliance.Violation#BAD_UTF8_ENCODING} is not allowed: the parser reports it for the
 * path too, so a query with bytes that are not UTF-8 ({@code ?x=%ff}) is still a bad request, and
 * gets the site's page for it ({@code web.ErrorAdvice}).
 *
 * <p>A value decoded this way is only ever read as data, like any other parameter: the what-if
 * pages parse it as a number and refuse it if it is not one.
 */
@Configuration(proxyBeanMethods = false)
class QueryDecoding {

    static final UriCompliance.Violation[] ALLOWED_IN_QUERIES = {
        UriCompliance.Violation.BAD_PERCENT_ENCODING, UriCompliance.Violation.TRUNCATED_UTF8_ENCODING
    };

    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> lenientQueryDecoding() {
        return factory -> factory.addServerCustomizers(server -> {
            for (Connector connector : server.getConnectors()) {
                for (Object connectionFactory : connector.getConnectionFactories()) {
                    if (connectionFactory instanceof HttpConfiguration.ConnectionFactory http) {
                        allowBadQueryEncodings(http.getHttpConfiguration());
                    }
                }
            }
        });
    }

    /** The configuration's URI compliance, with the bad encodings that only query decoding consults allowed. */
    static void allowBadQueryEncodings(HttpConfiguration configuration) {
        UriCompliance compliance = configuration.getUriCompliance();
        if (compliance.getAllowed().containsAll(List.of(ALLOWED_IN_QUERIES))) {
            return; // connection factories may share one configuration
        }
        configuration.setUriCompliance(compliance.with(compliance.getName() + "+LENIENT_QUERY", ALLOWED_IN_QUERIES));
    }
}
