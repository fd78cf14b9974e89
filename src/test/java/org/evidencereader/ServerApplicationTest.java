package org.evidencereader;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.net.URL;
import org.evidencereader.system.LibraryPreload;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;

/** The server that {@code java -jar} starts reads the library early (see LibraryPreloadTest for what that does). */
class ServerApplicationTest {

    @Test
    void theServerStartsTheLibraryLoadEarlyAndHandsItToTheContext() {
        SpringApplication server = EvidenceReaderApplication.server();

        assertThat(server.getListeners())
                .filteredOn(LibraryPreload.Starter.class::isInstance)
                .hasSize(1);
        assertThat(server.getInitializers())
                .filteredOn(LibraryPreload.Starter.class::isInstance)
                .hasSize(1);
    }

    /**
     * Only the packaged jar uses the bean definitions generated at build time: run from
     * {@code target/classes} ({@code spring-boot:run}, the tests) any left there by an earlier
     * {@code package} may be stale. PackagedJarIT checks that the real jar does use its own.
     */
    @Test
    void onlyTheJarUsesTheBeanDefinitionsGeneratedAtBuildTime() throws Exception {
        String before = System.clearProperty(AotDetector.AOT_ENABLED);
        try {
            EvidenceReaderApplication.useBuildTimeBeanDefinitions(null);
            assertThat(System.getProperty(AotDetector.AOT_ENABLED))
                    .as("no generated definitions")
                    .isNull();

            EvidenceReaderApplication.useBuildTimeBeanDefinitions(
                    new URL(
                            "file:/work/target/classes/org/evidencereader/EvidenceReaderApplication__ApplicationContextInitializer.class"));
            assertThat(System.getProperty(AotDetector.AOT_ENABLED))
                    .as("definitions in target/classes")
                    .isNull();

            System.setProperty(AotDetector.AOT_ENABLED, "false");
            EvidenceReaderApplication.useBuildTimeBeanDefinitions(new URL("jar:file:/work/app.jar!/"
                    + "org/evidencereader/EvidenceReaderApplication__ApplicationContextInitializer.class"));
            assertThat(System.getProperty(AotDetector.AOT_ENABLED))
                    .as("set on the command line")
                    .isEqualTo("false");

            System.clearProperty(AotDetector.AOT_ENABLED);
            EvidenceReaderApplication.useBuildTimeBeanDefinitions(new URL("jar:file:/work/app.jar!/"
                    + "org/evidencereader/EvidenceReaderApplication__ApplicationContextInitializer.class"));
            assertThat(System.getProperty(AotDetector.AOT_ENABLED))
                    .as("definitions in the jar")
                    .isEqualTo("true");
        } finally {
            System.clearProperty(AotDetector.AOT_ENABLED);
            if (before != null) {
                System.setProperty(AotDetector.AOT_ENABLED, before);
            }
        }
    }

    /** Jetty would otherwise create the platform MBean server at start-up to learn this one value. */
    @Test
    void jettysCacheLinePaddingIsSizedWithoutTheMBeanServerUnlessItIsGiven() {
        assertThat(EvidenceReaderApplication.referencesPerCacheLine(64, 512L << 20))
                .as("compressed references")
                .isEqualTo(16);
        assertThat(EvidenceReaderApplication.referencesPerCacheLine(64, 64L << 30))
                .as("full-width references")
                .isEqualTo(8);
        assertThat(EvidenceReaderApplication.referencesPerCacheLine(128, 512L << 20))
                .as("Jetty's cache line size given")
                .isEqualTo(32);

        // What this JVM really uses, asked of the JVM itself rather than worked out from its heap size.
        boolean compressed = Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("UseCompressedOops")
                .getValue());
        int referenceBytes = compressed ? 4 : 8;
        String before = System.clearProperty(EvidenceReaderApplication.REFERENCES_PER_CACHE_LINE);
        try {
            EvidenceReaderApplication.sizeJettysPaddingWithoutTheMBeanServer();
            assertThat(System.getProperty(EvidenceReaderApplication.REFERENCES_PER_CACHE_LINE))
                    .isEqualTo(Integer.toString(64 / referenceBytes));

            System.clearProperty(EvidenceReaderApplication.REFERENCES_PER_CACHE_LINE);
            System.setProperty(EvidenceReaderApplication.CACHE_LINE_BYTES, "128");
            EvidenceReaderApplication.sizeJettysPaddingWithoutTheMBeanServer();
            assertThat(System.getProperty(EvidenceReaderApplication.REFERENCES_PER_CACHE_LINE))
                    .as("Jetty's cache line size given")
                    .isEqualTo(Integer.toString(128 / referenceBytes));
            System.clearProperty(EvidenceReaderApplication.CACHE_LINE_BYTES);

            System.setProperty(EvidenceReaderApplication.REFERENCES_PER_CACHE_LINE, "8");
            EvidenceReaderApplication.sizeJettysPaddingWithoutTheMBeanServer();
            assertThat(System.getProperty(EvidenceReaderApplication.REFERENCES_PER_CACHE_LINE))
                    .as("given with -D")
                    .isEqualTo("8");
        } finally {
            System.clearProperty(EvidenceReaderApplication.CACHE_LINE_BYTES);
            System.clearProperty(EvidenceReaderApplication.REFERENCES_PER_CACHE_LINE);
            if (before != null) {
                System.setProperty(EvidenceReaderApplication.REFERENCES_PER_CACHE_LINE, before);
            }
        }
    }
}
