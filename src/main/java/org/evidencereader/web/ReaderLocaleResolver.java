package org.evidencereader.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * The reader's language: the {@code lang} cookie set by the language switch, else the best match
 * in Accept-Language, else Chinese.
 */
final class ReaderLocaleResolver implements LocaleResolver {

    static final String COOKIE = "lang";
    private static final String ATTRIBUTE = ReaderLocaleResolver.class.getName() + ".locale";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Locale chosenNow) {
            return chosenNow;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Locale> chosen = SupportedLocales.fromTag(cookie.getValue());
                    if (chosen.isPresent()) {
                        return chosen.get();
                    }
                }
            }
        }
        String acceptLanguage = request.getHeader("Accept-Language");
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            for (Locale wanted : Collections.list(request.getLocales())) {
                Optional<Locale> match = SupportedLocales.fromTag(wanted.toLanguageTag());
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return SupportedLocales.CHINESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<Locale> supported = Optional.ofNullable(locale).flatMap(l -> SupportedLocales.fromTag(l.toLanguageTag()));
        if (supported.isEmpty() || response == null) {
            return; // an unsupported language leaves the reader's saved choice alone
        }
        request.setAttribute(ATTRIBUTE, supported.get());
        Cookie cookie = new Cookie(COOKIE, SupportedLocales.tag(supported.get()));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
