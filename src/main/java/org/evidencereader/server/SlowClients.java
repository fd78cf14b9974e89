package org.evidencereader.server;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.evidencereader.site.Route;
import org.evidencereader.web.RequestBodyLimitFilter;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Clients that send their requests slowly, on purpose or not, must not keep readers waiting. Jetty
 * reads request headers without a thread, but Spring MVC reads a request body with blocking reads:
 * a few hundred what-if requests whose bodies come a byte at a time held every thread of the pool,
 * and every page timed out while they stayed open; some thousands of connections whose headers
 * never end used up the process's file descriptors.
 *
 * <ul>
 * <li>The bodies sent to the API (at most {@link RequestBodyLimitFilter#LIMIT} bytes) are read
 *     without a thread, as they arrive, and the request goes to the application once its body is
 *     complete (Jetty's {@link EagerContentHandler}).</li>
 * <li>A request whose headers and body have not all arrived within {@value #READ_DEADLINE_SECONDS}
 *     to twice that many seconds has its connection closed ({@link ReadDeadline}): Jetty's idle
 *     timeout alone never ends a connection that sends one byte every few seconds.</li>
 * <li>No minimum data rate: Jetty measures it from the body's first byte to the moment the
 *     application reads it, so a small body that arrived at once fails it (408) whenever a busy
 *     server comes to it a second late. The read deadline above bounds slow bodies instead.</li>
 * <li>At most {@value #MAX_CONNECTIONS} connections at once (the process may open 20,000 files on
 *     the reference machine, and needs some for the library); at the limit, connections idle for
 *     {@value #IDLE_AT_LIMIT_MILLIS} ms are closed to make room.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SlowClients {

    static final long READ_DEADLINE_SECONDS = 5;
    static final int MAX_CONNECTIONS = 8_000;
    static final long IDLE_AT_LIMIT_MILLIS = 1_000;
    /** The largest body read ahead: the API's limit and Jetty's estimate of chunk framing. */
    private static final long READ_AHEAD = RequestBodyLimitFilter.LIMIT + 1024;

    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> guardAgainstSlowClients() {
        return factory -> factory.addServerCustomizers(SlowClients::guard);
    }

    static void guard(Server server) {
        EagerContentHandler bodies = new EagerContentHandler(
                server.getHandler(), new EagerContentHandler.RetainedContentLoaderFactory(READ_AHEAD, -1, false));
        bodies.includePath(Route.API + "/*");
        server.setHandler(bodies);

        NetworkConnectionLimit limit = new NetworkConnectionLimit(MAX_CONNECTIONS, server);
        limit.setEndPointIdleTimeout(IDLE_AT_LIMIT_MILLIS);
        server.addBean(limit);

        for (Connector connector : server.getConnectors()) {
            connector.addBean(new ReadDeadline(connector.getScheduler()));
        }
    }

    /**
     * Closes an HTTP/1.1 connection found twice in a row, {@value #READ_DEADLINE_SECONDS} s apart, in
     * the middle of the same request's headers or body: no reader's request takes seconds to send.
     * A connection between requests is left to Jetty's idle timeout.
     */
    static final class ReadDeadline implements Connection.Listener {
        private final Scheduler scheduler;

        ReadDeadline(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public void onOpened(Connection connection) {
            if (connection instanceof HttpConnection http) {
                schedule(http, -1);
            }
        }

        private void schedule(HttpConnection http, long seenMidRequest) {
            scheduler.schedule(() -> check(http, seenMidRequest), READ_DEADLINE_SECONDS, TimeUnit.SECONDS);
        }

        /** {@code seenMidRequest}: the request count when last seen mid-request, or -1. */
        private void check(HttpConnection http, long seenMidRequest) {
            if (!http.getEndPoint().isOpen()) {
                return;
            }
            long requests = http.getMessagesIn();
            boolean midRequest = !http.getParser().isStart()
                    && (http.getParser().inHeaderState() || http.getParser().inContentState());
            if (midRequest && requests == seenMidRequest) {
                http.getEndPoint().close();
                return;
            }
            schedule(http, midRequest ? requests : -1);
        }
    }
}
