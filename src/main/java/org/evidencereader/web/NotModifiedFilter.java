package org.evidencereader.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Sends a {@code 304 Not Modified} without a Content-Length, whoever made it (pages and documents
 * from memory, the controllers, Spring's resource handling).
 *
 * <p>An answer that is still unsent when the request ends goes out in one last write, and Jetty then
 * sets Content-Length to the bytes written when the application named none: 0 for a 304. RFC 9110
 * (8.6) allows a Content-Length on a 304 only if it is the length of the 200's content, and a cache
 * could take the 0 as the page's. Sending the headers before the request ends leaves the length
 * out, as Jetty's HTTP/1.1 generator knows a 304 has no content. The 200 answers, HEAD's included,
 * keep the Content-Length they set themselves. This filter comes first in the chain (with the
 * others of highest precedence, which only set headers before the answer is made), so it sees the
 * final status of every answer the application makes. A plain filter, on requests only (error
 * dispatches never answer 304): it runs before every page, so it does no more than read the status.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotModifiedFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response instanceof HttpServletResponse http
                && http.getStatus() == HttpStatus.NOT_MODIFIED.value()
                && !response.isCommitted()) {
            response.flushBuffer();
        }
    }
}
