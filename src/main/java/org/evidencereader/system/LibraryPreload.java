package org.evidencereader.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * The library, loaded on a thread of its own from the moment the server's configuration is known,
 * while Spring builds the rest of the application: on two cores the load (articles, claims, HanLP's
 * dictionaries) then overlaps with the framework's start-up instead of following it. The
 * {@link ReaderConfiguration#library library bean} takes it from here when it was started with the
 * same folders, and loads the library itself otherwise (tests, the export). See docs/benchmarks.md,
 * "Start-up".
 */
public final class LibraryPreload {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryPreload.class);

    private final ReaderProperties properties;
    /** Cleared when the server turns out to want other folders, so the early library can go. */
    private volatile CompletableFuture<Library> library;

    private LibraryPreload(ReaderProperties properties) {
        this.properties = properties;
        CompletableFuture<Library> loading = new CompletableFuture<>();
        this.library = loading;
        Thread thread = new Thread(
                () -> {
                    try {
                        long start = System.nanoTime();
                        loading.complete(
                                new Library(LibraryLoader.standard(properties.articlesDir(), properties.claimsDir())));
                        LOG.debug("library loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                    } catch (Throwable e) {
                        loading.completeExceptionally(e);
                    }
                },
                "library-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts the load as soon as the configuration is read (before the application context exists),
     * and hands the loading library to the context when it is made: add it to a
     * {@code SpringApplication} both as a listener and as an initializer.
     */
    public static final class Starter
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>,
                    ApplicationContextInitializer<ConfigurableApplicationContext> {

        private volatile LibraryPreload started;

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
                return; // the build's AOT pass starts the application only to record its bean definitions
            }
            started = new LibraryPreload(
                    Binder.get(event.getEnvironment()).bindOrCreate("reader", ReaderProperties.class));
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            LibraryPreload preload = started;
            if (preload != null) {
                context.getBeanFactory().registerSingleton("libraryPreload", preload);
            }
        }
    }

    boolean loads(ReaderProperties wanted) {
        return properties.articlesDir().equals(wanted.articlesDir())
                && properties.claimsDir().equals(wanted.claimsDir());
    }

    /** The server wants other folders than those read early: say so, and let the early library go. */
    void discard(ReaderProperties wanted) {
        LOG.warn(
                "the library was read early from {} and {}, but the server is configured with {} and {}"
                        + " (set in a way read only after start-up began); reading those instead",
                properties.articlesDir(),
                properties.claimsDir(),
                wanted.articlesDir(),
                wanted.claimsDir());
        library = null;
    }

    /** The loaded library, waiting for the load to finish; a failure is thrown as if the load had run here. */
    Library library() {
        try {
            long start = System.nanoTime();
            CompletableFuture<Library> loading = library;
            if (loading == null) {
                throw new IllegalStateException("the early library was discarded");
            }
            Library loaded = loading.join();
            LOG.debug("waited {} ms for the library", (System.nanoTime() - start) / 1_000_000);
            return loaded;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
