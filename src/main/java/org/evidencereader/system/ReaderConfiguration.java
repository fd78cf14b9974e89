package org.evidencereader.system;

import org.evidencereader.library.Library;
import org.evidencereader.library.LibraryLoader;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java pipeline (parse → resolve → anchor → snapshot) into the application. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReaderProperties.class)
class ReaderConfiguration {

    @Bean
    Library library(ReaderProperties properties) {
        return new Library(LibraryLoader.standard(properties.articlesDir(), properties.claimsDir()));
    }
}
