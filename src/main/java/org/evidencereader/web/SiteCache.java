package org.evidencereader.web;

import org.evidencereader.library.Library;
import org.evidencereader.library.LibrarySnapshot;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rendered pages of the library's current snapshot; re-rendered once whenever the snapshot changes. */
@Component
class SiteCache {

    private record Site(long version, Map<String, RenderedPage> pages) {
    }

    private final Library library;
    private final PageRenderer renderer;
    private volatile Site site;

    SiteCache(Library library, ITemplateEngine templates) {
        this.library = library;
        this.renderer = new PageRenderer(templates);
    }

    Optional<RenderedPage> page(String path, Locale locale) {
        return Optional.ofNullable(current().pages().get(PageRenderer.key(path, locale)));
    }

    RenderedPage notFound(Locale locale) {
        return current().pages().get(PageRenderer.key("404", locale));
    }

    private Site current() {
        LibrarySnapshot snapshot = library.current();
        Site cached = site;
        if (cached != null && cached.version() == snapshot.version()) {
            return cached;
        }
        synchronized (this) {
            if (site == null || site.version() != snapshot.version()) {
                site = new Site(snapshot.version(), Map.copyOf(renderer.renderAll(snapshot)));
            }
            return site;
        }
    }
}
