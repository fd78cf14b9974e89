package org.evidencereader.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The security headers the application sends with every answer, for tests outside this package. */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    /** Each header's name and value, in the order the application sets them. */
    public static Map<String, String> ofTheApplication() {
        Map<String, String> headers = new LinkedHashMap<>();
        SecurityHeadersFilter.HEADERS.forEach(header -> headers.put(header.name(), header.value()));
        return headers;
    }
}
