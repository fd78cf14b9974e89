package org.evidencereader.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpException;
import org.evidencereader.site.RenderedPage;
import org.evidencereader.site.Route;
import org.evidencereader.site.SiteCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests for things that do not exist: a reader's browser gets the 404 page, an API client gets
 * {@code application/problem+json}; both in the reader's language and without internals. Requests
 * the server cannot read get the page of a refused request ({@link RefusedRequests}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

    private final SiteCache site;
    private final MessageSource messages;
    /** Absent in test slices that do not load it. */
    private final ObjectProvider<RefusedRequests> refused;

    ErrorAdvice(SiteCache site, MessageSource messages, ObjectProvider<RefusedRequests> refused) {
        this.site = site;
        this.messages = messages;
        this.refused = refused;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<?> notFound(HttpServletRequest request, Locale locale) {
        if (isApi(request)) {
            return problem(HttpStatus.NOT_FOUND, "problem.not-found.title", "problem.path.not-found", locale);
        }
        RenderedPage page = site.notFound(locale);
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, Responses.VARY_LANGUAGE)
                .body(page.body());
    }

    /**
     * A request Jetty's servlet layer refuses when the application reads it: the parameters of a query
     * string whose bytes are not UTF-8 ({@code ?x=%ff}; bad percent-encodings are read as they stand,
     * see {@link QueryDecoding}), or of a form body it cannot decode. Jetty's status (a 4xx) with the
     * answer that the requests Jetty refuses before the application get ({@link org.evidencereader.server.ServerErrorPages}):
     * the site's page in the reader's language, or problem JSON under {@code /api}, without the
     * address; not Spring Boot's error page. Anything else Jetty throws is left to the server.
     */
    @ExceptionHandler({
        HttpException.IllegalArgumentException.class,
        HttpException.IllegalStateException.class,
        HttpException.RuntimeException.class
    })
    ResponseEntity<byte[]> refusedByTheServer(RuntimeException e, HttpServletRequest request, Locale locale) {
        int status = ((HttpException) e).getCode();
        RefusedRequests answers = refused.getIfAvailable();
        if (status < 400 || status > 499 || answers == null) {
            throw e;
        }
        RefusedRequests.Answer answer = answers.answer(status, locale, isApi(request));
        return ResponseEntity.status(status)
                .contentType(answer.contentType())
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, Responses.VARY_LANGUAGE)
                .body(answer.body());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "problem.body.title", "problem.body.detail", locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedType(Locale locale) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.body.title", "problem.media.detail", locale);
    }

    /**
     * A method the address does not take: problem JSON under {@code /api}, the site's page elsewhere
     * (a form or a link followed with the wrong method is a reader's). Either says which methods the
     * address does take (RFC 9110, 15.5.6): HEAD wherever GET is, and OPTIONS everywhere, as Spring
     * MVC answers them.
     */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<?> methodNotAllowed(
            HttpRequestMethodNotSupportedException e, HttpServletRequest request, Locale locale) {
        Set<HttpMethod> allowed =
                new LinkedHashSet<>(e.getSupportedHttpMethods() == null ? Set.of() : e.getSupportedHttpMethods());
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        allowed.add(HttpMethod.OPTIONS);
        HttpMethod[] methods = allowed.toArray(HttpMethod[]::new);
        RefusedRequests answers = refused.getIfAvailable();
        if (isApi(request) || answers == null) {
            ResponseEntity<ProblemDetail> problem = problem(
                    HttpStatus.METHOD_NOT_ALLOWED,
                    "problem.method.title",
                    "problem.method.detail",
                    locale,
                    request.getMethod());
            return ResponseEntity.status(problem.getStatusCode())
                    .headers(problem.getHeaders())
                    .allow(methods)
                    .body(problem.getBody());
        }
        RefusedRequests.Answer answer = answers.answer(HttpStatus.METHOD_NOT_ALLOWED.value(), locale, false);
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .contentType(answer.contentType())
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.VARY, Responses.VARY_LANGUAGE)
                .allow(methods)
                .body(answer.body());
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String titleKey, String detailKey, Locale locale, Object... arguments) {
        return Problems.of(messages, status, titleKey, detailKey, locale, arguments);
    }

    private static boolean isApi(HttpServletRequest request) {
        return isApi(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Whether a path is the JSON API's, whose errors are problem documents rather than pages. */
    static boolean isApi(String path) {
        return Route.isApi(path);
    }
}
