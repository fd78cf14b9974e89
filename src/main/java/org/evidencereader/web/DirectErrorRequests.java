package org.evidencereader.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * {@code /error}, asked for by a reader or a crawler, is an address like any other that has no page:
 * it gets the site's 404 ({@link ErrorAdvice}).
 *
 * <p>Spring Boot maps its error controller there so that the server can hand it the requests that
 * failed (an error dispatch, after an exception or a {@code sendError}), which it renders with their
 * status. Asked for directly it has no status to render and answers 500 with Boot's own
 * {@code {"status":999,"error":"None"}}; Boot keeps it so (spring-boot#49159). This lets every error
 * dispatch through to it untouched and refuses only what a client can send itself: a request whose
 * dispatch type is {@code REQUEST}. It goes by the handler, not the address, so it follows
 * {@code spring.web.error.path} and any spelling of the path that reaches the controller.
 */
final class DirectErrorRequests implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (request.getDispatcherType() == DispatcherType.REQUEST
                && handler instanceof HandlerMethod method
                && ErrorController.class.isAssignableFrom(method.getBeanType())) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(), path);
        }
        return true;
    }
}
