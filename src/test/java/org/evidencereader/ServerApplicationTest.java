package org.evidencereader;

import org.evidencereader.system.LibraryPreload;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The server that {@code java -jar} starts reads the library early (see LibraryPreloadTest for what that does). */
class ServerApplicationTest {

    @Test
    void theServerStartsTheLibraryLoadEarlyAndHandsItToTheContext() {
        SpringApplication server = EvidenceReaderApplication.server();

        assertThat(server.getListeners()).filteredOn(LibraryPreload.Starter.class::isInstance).hasSize(1);
        assertThat(server.getInitializers()).filteredOn(LibraryPreload.Starter.class::isInstance).hasSize(1);
    }

    /**
     * Run from {@code target/classes} (as here, or by {@code spring-boot:run}), the server works its
     * bean definitions out at start: any that an earlier {@code package} generated there may be
     * stale. PackagedJarIT checks that the jar does use its own.
     */
    @Test
    void classesRunFromSourcesDoNotUseBuildTimeBeanDefinitions() {
        String before = System.clearProperty(AotDetector.AOT_ENABLED);
        try {
            EvidenceReaderApplication.useBuildTimeBeanDefinitions();

            assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isNull();
        } finally {
            if (before != null) {
                System.setProperty(AotDetector.AOT_ENABLED, before);
            }
        }
    }
}
