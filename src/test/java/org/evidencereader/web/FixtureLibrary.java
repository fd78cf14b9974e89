package org.evidencereader.web;

import java.nio.file.Path;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The small fixture library (one article, four figures) for controller slices. */
@TestConfiguration(proxyBeanMethods = false)
class FixtureLibrary {

    static final Path ROOT = Path.of("src/test/resources/fixtures/library");

    @Bean
    Library library() {
        return new Library(LibraryLoader.standard(ROOT.resolve("articles"), ROOT.resolve("claims")));
    }
}
