package org.evidencereader;

import org.evidencereader.system.LibraryPreload;
import org.junit.jupiter.api.Test;
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
}
