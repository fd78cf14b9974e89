package org.evidencereader.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.evidencereader.site.RenderedPage;
import org.evidencereader.site.SiteCache;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answers of the server's error dispatch, in place of Spring Boot's (a JSON body that echoed
 * the address, for a browser too): a request that failed ({@link UncaughtFailures}) or that the
 * servlet container refused itself ({@code /WEB-INF/…}, {@code /META-INF/…}). The site's page in
 * the reader's language, or a problem document under {@code /api}, with the status of the failure
 * and the site's security headers: such a request may never have passed the filter that sets them.
 * Asked for directly, {@code /error} is a page that does not exist ({@link DirectErrorRequests}).
 */
@Controller
class ErrorPages implements ErrorController {

    private final SiteCache site;
    private final RefusedRequests answers;

    ErrorPages(SiteCache site, RefusedRequests answers) {
        this.site = site;
        this.answers = answers;
    }

    @RequestMapping("${spring.web.error.path:/error}")
    ResponseEntity<byte[]> error(HttpServletRequest request, Locale locale) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code
                : HttpStatus.INTERNAL_SERVER_ERROR.value();
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u ? u : "";
        boolean api = ErrorAdvice.isApi(
                uri.substring(Math.min(uri.length(), request.getContextPath().length())));
        HttpHeaders headers = new HttpHeaders();
        SecurityHeadersFilter.HEADERS.forEach(header -> headers.set(header.name(), header.value()));
        headers.setCacheControl(CacheControl.noCache());
        headers.set(HttpHeaders.VARY, Responses.VARY_LANGUAGE);
        if (status == HttpStatus.NOT_FOUND.value() && !api) {
            RenderedPage page = site.notFound(locale);
            headers.setContentType(page.contentType());
            return ResponseEntity.status(status).headers(headers).body(page.body());
        }
        RefusedRequests.Answer answer = answers.answer(status, locale, api);
        headers.setContentType(answer.contentType());
        return ResponseEntity.status(status).headers(headers).body(answer.body());
    }
}
