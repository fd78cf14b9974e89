package org.evidencereader.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee11.servlet.QuietServletException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * A request that fails with an exception nobody handled (a bug, or input the code did not foresee)
 * is logged through {@link FailureLog}, once per cause and interval rather than once per request,
 * and answered with a 500 through the server's error dispatch, that is the site's own error page
 * ({@link ErrorPages}). Left to Jetty, each such request logged its whole stack trace: a few
 * connections repeating one failing request wrote a hundred megabytes of log in seconds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UncaughtFailures extends OncePerRequestFilter {

    private final FailureLog failures = new FailureLog();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
                throw e; // the reader went away: nothing failed here, and Jetty says so quietly
            }
            failures.failed(request.getMethod() + " " + request.getRequestURI() + " failed", e);
            if (response.isCommitted()) {
                // Part of the answer is sent: Jetty must cut the connection, so that it is not taken for whole.
                throw new QuietServletException(e);
            }
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
