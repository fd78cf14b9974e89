package org.evidencereader.site;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.evidencereader.library.Library;
import org.evidencereader.library.ReaderArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Gets the first article's reader page (default language) ready on a thread of its own while the
 * web server is still starting, then, once the application is ready, the library page. The first
 * page rendered in a fresh process costs about half a second (class loading, Thymeleaf's template
 * and expression caches, code not yet compiled), and on two cores that can overlap with the rest of
 * the start-up instead of delaying the first reader. The library page always waits until the server is up,
 * so that its render never competes with the start. What it renders is kept like any page asked
 * for; the work does not grow with the number of articles. See docs/benchmarks.md, "Start-up".
 */
@Component
@ConditionalOnWebApplication
class PageWarmUp implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(PageWarmUp.class);

    private final CountDownLatch ready = new CountDownLatch(1);

    PageWarmUp(SiteCache site, Library library) {
        Thread thread = new Thread(() -> warm(site, library), "page-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ready.countDown();
    }

    private void warm(SiteCache site, Library library) {
        long start = System.nanoTime();
        try {
            List<ReaderArticle> articles = library.current().articles();
            if (!articles.isEmpty()) {
                site.get(new Route.Article(articles.get(0).slug()), SupportedLocales.CHINESE);
                LOG.debug("first reader page ready in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
            if (!ready.await(10, TimeUnit.MINUTES)) {
                return; // the application never became ready
            }
            long library0 = System.nanoTime();
            site.get(new Route.Library(), SupportedLocales.CHINESE);
            LOG.debug("library page ready in {} ms", (System.nanoTime() - library0) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Only an early render failed; the same page is rendered (and its error reported) on request.
            LOG.warn("page warm-up failed", e);
        }
    }
}
