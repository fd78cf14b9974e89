package org.evidencereader.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language choice ({@code ?lang=en} or {@code ?lang=zh} switches and remembers it in a cookie),
 * Spring Boot's dispatcher servlet with one change: TRACE, and no direct requests for the error
 * controller ({@link DirectErrorRequests}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Typed as what it is: the HTTP server's own error pages ask it too ({@link org.evidencereader.server.ServerErrorPages}). */
    @Bean
    ReaderLocaleResolver localeResolver() {
        return new ReaderLocaleResolver();
    }

    /**
     * Boot's dispatcher servlet, configured as Boot configures it, except that a TRACE request is
     * handled like any other method: no route takes it, so the answer is a 405 with the methods the
     * address does take ({@link ErrorAdvice}). The servlet API's own TRACE answer echoes the request
     * back, every header but cookies and authorisation included; Spring's {@code dispatchTraceRequest}
     * still appends that echo after the handler's answer.
     */
    @Bean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for the export's context
    DispatcherServlet dispatcherServlet(WebMvcProperties mvc) {
        DispatcherServlet servlet = new TraceRefusingDispatcherServlet();
        servlet.setDispatchOptionsRequest(mvc.isDispatchOptionsRequest());
        servlet.setPublishEvents(mvc.isPublishRequestHandledEvents());
        servlet.setEnableLoggingRequestDetails(mvc.isLogRequestDetails());
        return servlet;
    }

    static final class TraceRefusingDispatcherServlet extends DispatcherServlet {
        @Override
        protected void doTrace(HttpServletRequest request, HttpServletResponse response)
                throws ServletException, IOException {
            processRequest(request, response);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        // After the language switch, so that /error?lang=en is a 404 in English, as for any other address.
        registry.addInterceptor(new DirectErrorRequests());
    }
}
