package org.evidencereader.system;

import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.evidencereader.library.Reloader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;

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

    /** Live reload: on unless {@code reader.watch=false}. */
    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnBooleanProperty(name = "reader.watch", matchIfMissing = true)
    Reloader reloader(Library library) throws IOException {
        return new Reloader(library);
    }
}
