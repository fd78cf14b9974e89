package org.evidencereader.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.evidencereader.site.Route;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Request bodies sent to the API are small (a what-if is a few overrides): anything over
 * {@value #LIMIT} bytes is refused with 413 without being parsed, and a body that grows past the limit
 * while being read (no Content-Length) ends the read with an error, answered with 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    public static final int LIMIT = 16 * 1024;
    /** A body over the limit but under this is read and dropped before the 413 is sent (see below). */
    static final int DRAINED = 1024 * 1024;

    private final MessageSource messages;
    private final LocaleResolver locales;

    RequestBodyLimitFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + Route.API + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT) {
            if (request.getContentLengthLong() <= DRAINED) {
                // Read and drop the body first: Jetty closes a connection whose request body was left
                // unread, and a client still sending would see a reset connection, not this answer.
                try {
                    request.getInputStream().transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    return; // the client went away: there is no one to answer
                }
            }
            byte[] problem = Problems.bytes(Problems.problem(
                    messages,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "problem.too-large.title",
                    "problem.too-large.detail",
                    locales.resolveLocale(request),
                    LIMIT));
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader(HttpHeaders.VARY, Responses.VARY_LANGUAGE);
            response.setContentLength(problem.length);
            response.getOutputStream().write(problem);
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    /** A request whose body stream fails once more than {@link #LIMIT} bytes have been read. */
    private static final class Limited extends HttpServletRequestWrapper {
        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > LIMIT) {
                        throw new IOException("request body larger than " + LIMIT + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > LIMIT) {
                        throw new IOException("request body larger than " + LIMIT + " bytes");
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
