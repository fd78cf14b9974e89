package org.evidencereader.system;

import java.io.IOException;
import java.util.Optional;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.library.Reloader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java pipeline (parse → resolve → anchor → snapshot) into the application. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReaderProperties.class)
class ReaderConfiguration {

    /** The library the server started loading early ({@link LibraryPreload}), or loaded here. */
    @Bean
    Library library(ReaderProperties properties, ObjectProvider<LibraryPreload> preload) {
        LibraryPreload early = preload.getIfAvailable();
        if (early != null && early.loads(properties)) {
            return early.library();
        }
        if (early != null) {
            early.discard(properties);
        }
        return new Library(LibraryLoader.standard(properties.articlesDir(), properties.claimsDir()));
    }

    /**
     * Live reload: on unless {@code reader.watch=false}. Decided here at start-up, not by a condition
     * on the bean: the packaged jar's bean definitions are fixed when it is built (Spring AOT), and
     * a property given at run time must still turn watching off.
     */
    @Bean(initMethod = "start", destroyMethod = "close")
    LiveReload liveReload(Library library, ReaderProperties properties) throws IOException {
        return new LiveReload(properties.watch() ? Optional.of(new Reloader(library)) : Optional.empty());
    }

    /** The {@link Reloader} when watching is on; nothing to start or close when it is off. */
    static final class LiveReload {
        private static final Logger LOG = LoggerFactory.getLogger(LiveReload.class);
        private final Optional<Reloader> reloader;

        LiveReload(Optional<Reloader> reloader) {
            this.reloader = reloader;
        }

        /** Starts watching, and says whether it does: an operator (and a test) can see it in the log. */
        void start() throws IOException {
            if (reloader.isPresent()) {
                reloader.get().start();
                LOG.info("live reload on: edited articles and claim files are served as soon as they are read");
            } else {
                LOG.info("live reload off (reader.watch=false): edits are served after a restart");
            }
        }

        void close() throws IOException {
            if (reloader.isPresent()) {
                reloader.get().close();
            }
        }
    }
}
