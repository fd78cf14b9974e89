package org.evidencereader.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers that keep text written by editors and outside authors from ever running as code: a
 * Content-Security-Policy that allows scripts only from our own files (no inline script, no
 * eval), no framing, no MIME sniffing, and a referrer policy that does not leak reading paths.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** One header and its value. */
    public record Header(String name, String value) {}

    /**
     * Every header this filter sets, for the answers that never pass through it: those the HTTP
     * server gives itself ({@link org.evidencereader.server.ServerErrorPages}).
     */
    public static final List<Header> HEADERS = List.of(
            new Header("Content-Security-Policy", CONTENT_SECURITY_POLICY),
            new Header("X-Content-Type-Options", "nosniff"),
            new Header("Referrer-Policy", "strict-origin-when-cross-origin"),
            new Header("X-Frame-Options", "DENY"),
            new Header("Cross-Origin-Opener-Policy", "same-origin"),
            new Header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Header header : HEADERS) {
            response.setHeader(header.name(), header.value());
        }
        chain.doFilter(request, response);
    }
}
