package org.evidencereader.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.Map;
import org.evidencereader.library.Library;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.unit.DataSize;

/**
 * The server starts loading the library as soon as its configuration is read; the library bean is
 * that library when the folders agree, and one loaded on the spot when they do not.
 */
class LibraryPreloadTest {

    private static final String ARTICLES = "src/test/resources/fixtures/library/articles";
    private static final String CLAIMS = "src/test/resources/fixtures/library/claims";

    private static GenericApplicationContext started(String articles, String claims) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test", Map.of("reader.articles-dir", articles, "reader.claims-dir", claims)));
        LibraryPreload.Starter starter = new LibraryPreload.Starter();
        starter.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
        GenericApplicationContext context = new GenericApplicationContext();
        starter.initialize(context);
        context.refresh();
        return context;
    }

    @Test
    void theLibraryBeanIsTheOneLoadedEarly() {
        GenericApplicationContext context = started(ARTICLES, CLAIMS);
        LibraryPreload preload = context.getBean(LibraryPreload.class);
        ReaderProperties properties =
                new ReaderProperties(Path.of(ARTICLES), Path.of(CLAIMS), false, DataSize.ofMegabytes(64), false);

        Library library = new ReaderConfiguration().library(properties, context.getBeanProvider(LibraryPreload.class));

        assertThat(library).isSameAs(preload.library());
        assertThat(library.current().articles()).extracting(a -> a.slug()).containsExactly("demo");
    }

    @Test
    void otherFoldersAreLoadedOnTheSpot() {
        GenericApplicationContext context = started(ARTICLES, CLAIMS);
        Path empty = Path.of("src/test/resources/fixtures/does-not-exist");
        ReaderProperties properties = new ReaderProperties(empty, empty, false, DataSize.ofMegabytes(64), false);

        Library library = new ReaderConfiguration().library(properties, context.getBeanProvider(LibraryPreload.class));

        assertThat(library.current().articles()).isEmpty();
        assertThatThrownBy(() -> context.getBean(LibraryPreload.class).library())
                .as("the early library is let go")
                .isInstanceOf(IllegalStateException.class);
    }

    /** The warning goes where every other line of the server's log goes: through SLF4J. */
    @Test
    void otherFoldersAreAWarningInTheServersLog() {
        GenericApplicationContext context = started(ARTICLES, CLAIMS);
        Path empty = Path.of("src/test/resources/fixtures/does-not-exist");
        Logger logger = (Logger) LoggerFactory.getLogger(LibraryPreload.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            new ReaderConfiguration()
                    .library(
                            new ReaderProperties(empty, empty, false, DataSize.ofMegabytes(64), false),
                            context.getBeanProvider(LibraryPreload.class));
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains(ARTICLES).contains(empty.toString());
        });
    }
}
