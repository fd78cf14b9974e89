package org.evidencereader.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.evidencereader.site.SiteCache;
import org.evidencereader.site.StaticAssets;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Static assets under their hashed names, cached by browsers and proxies for a year. */
@Controller
class AssetController {

    static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final StaticAssets assets;
    private final SiteCache site;

    AssetController(StaticAssets assets, SiteCache site) {
        this.assets = assets;
        this.site = site;
    }

    @GetMapping(StaticAssets.PREFIX + "**")
    ResponseEntity<byte[]> asset(HttpServletRequest request, Locale locale) {
        String path =
                request.getRequestURI().substring(request.getContextPath().length() + StaticAssets.PREFIX.length());
        return assets.byHashedPath(path)
                .map(asset -> Responses.serve(asset.served(), request, IMMUTABLE, Responses.VARY_ENCODING))
                .orElseGet(() -> Responses.serve(
                        site.notFound(locale), request, CacheControl.noCache(), Responses.VARY_LOCALISED));
    }
}
