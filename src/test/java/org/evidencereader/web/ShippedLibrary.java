package org.evidencereader.web;

import java.nio.file.Path;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The library as shipped (articles/ and claims/) for controller slices that check the real article. */
@TestConfiguration(proxyBeanMethods = false)
class ShippedLibrary {

    @Bean
    Library library() {
        return new Library(LibraryLoader.standard(Path.of("articles"), Path.of("claims")));
    }
}
