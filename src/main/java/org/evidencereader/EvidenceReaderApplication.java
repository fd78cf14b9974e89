package org.evidencereader;

import java.net.URL;
import java.util.OptionalInt;
import org.evidencereader.cli.CommandLine;
import org.evidencereader.system.LibraryPreload;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EvidenceReaderApplication {

    public static void main(String[] args) {
        OptionalInt status = new CommandLine(System.out, System.err, EvidenceReaderApplication.class).run(args);
        if (status.isPresent()) {
            System.exit(status.getAsInt());
        }
        useBuildTimeBeanDefinitions();
        sizeJettysPaddingWithoutTheMBeanServer();
        server().run(args);
    }

    /**
     * The packaged jar carries the bean definitions Spring AOT worked out when it was built
     * ({@code process-aot} in the pom): using them saves the start-up's configuration-class parsing
     * and condition evaluation (docs/benchmarks.md, "Start-up"). Only when the classes come from that
     * jar, where the definitions were generated from the same classes: run from sources
     * ({@code ./mvnw spring-boot:run}, an IDE, the tests), Spring works them out as usual, so
     * definitions left in {@code target/classes} by an earlier build can never be stale. For the
     * server, a {@code -Dspring.aot.enabled} given on the command line wins either way.
     */
    static void useBuildTimeBeanDefinitions() {
        useBuildTimeBeanDefinitions(EvidenceReaderApplication.class.getResource(
                EvidenceReaderApplication.class.getSimpleName() + "__ApplicationContextInitializer.class"));
    }

    /** @param initializer where the AOT-generated initializer class is, or null if there is none */
    static void useBuildTimeBeanDefinitions(URL initializer) {
        if (System.getProperty(AotDetector.AOT_ENABLED) == null
                && initializer != null
                && initializer.getProtocol().equals("jar")) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }

    /** Jetty's setting read instead of asking the platform MBean server, if it is set. */
    static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    /** Jetty's cache line size setting, 64 bytes unless given. */
    static final String CACHE_LINE_BYTES = "org.eclipse.jetty.util.cacheLineBytes";

    /**
     * Jetty pads its lock-free queues to a cache line, and to size the padding its
     * {@code MemoryUtils} asks the platform MBean server whether object references are compressed,
     * unless {@value #REFERENCES_PER_CACHE_LINE} is set. Creating that server registers every
     * platform MXBean: about 230 more classes loaded and tens of milliseconds of the main thread in a
     * cold start, for one boolean (docs/benchmarks.md, "Start-up"). The answer is worked out here
     * instead, before Spring makes Jetty's thread pool, from the heap size: the JVM compresses
     * references by default when the heap is under 32 GB. Within 2 GB of that limit, or with
     * {@code -XX:-UseCompressedOops}, the guess can be wrong; that only changes the padding, never
     * what Jetty does. A value given with {@code -D} is kept, and so is Jetty's own cache line size.
     */
    static void sizeJettysPaddingWithoutTheMBeanServer() {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            int references = referencesPerCacheLine(
                    Integer.getInteger(CACHE_LINE_BYTES, 64),
                    Runtime.getRuntime().maxMemory());
            System.setProperty(REFERENCES_PER_CACHE_LINE, Integer.toString(references));
        }
    }

    /** References in a cache line: 4-byte compressed ones under 30 GB of usable heap, else 8-byte ones. */
    static int referencesPerCacheLine(int cacheLineBytes, long maxHeapBytes) {
        return Math.max(1, cacheLineBytes / (maxHeapBytes < (30L << 30) ? Integer.BYTES : Long.BYTES));
    }

    /** The web server: the library starts loading while Spring builds the rest (docs/benchmarks.md, "Start-up"). */
    static SpringApplication server() {
        SpringApplication application = new SpringApplication(EvidenceReaderApplication.class);
        LibraryPreload.Starter preload = new LibraryPreload.Starter();
        application.addListeners(preload);
        application.addInitializers(preload);
        return application;
    }
}
