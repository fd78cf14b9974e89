package org.evidencereader.web;

import org.evidencereader.library.Library;
import org.evidencereader.library.ReaderArticle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders, on a thread of its own while the web server is still starting, the library page and
 * the first article's reader page in the default language. The first page rendered in a fresh
 * process costs about half a second (class loading, Thymeleaf's template and expression caches,
 * code not yet compiled), and on two cores that can overlap with the rest of the start-up instead of
 * delaying the first reader. What it renders is kept like any page asked for; the work does not
 * grow with the number of articles. See docs/benchmarks.md, "Start-up".
 */
@Component
@ConditionalOnWebApplication
class PageWarmUp {

    private static final Logger LOG = Logger.getLogger(PageWarmUp.class.getName());

    PageWarmUp(SiteCache site, Library library) {
        Thread thread = new Thread(() -> warm(site, library), "page-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void warm(SiteCache site, Library library) {
        long start = System.nanoTime();
        try {
            List<ReaderArticle> articles = library.current().articles();
            if (!articles.isEmpty()) {
                site.page("/articles/" + articles.get(0).slug(), SupportedLocales.CHINESE);
            }
            site.page("/", SupportedLocales.CHINESE);
            LOG.fine(() -> "pages warmed up in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            // Only an early render failed; the same page is rendered (and its error reported) on request.
            LOG.log(Level.WARNING, "page warm-up failed", e);
        }
    }
}
