package org.evidencereader;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which package may use which, and where addresses are spelled: read from the main sources. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/evidencereader");

    /** A string literal that starts like one of the site's addresses. */
    private static final Pattern ROUTE_LITERAL = Pattern.compile("\"/(articles|api|diagnostics)\\b");

    @Test
    void exportAndCliDoNotUseTheHttpPackage() {
        for (String pkg : List.of("export", "cli")) {
            assertThat(sources(MAIN.resolve(pkg))).allSatisfy(file ->
                    assertThat(read(file)).as(file.toString()).doesNotContain("org.evidencereader.web"));
        }
    }

    @Test
    void theSitePackageRendersWithoutServletOrSpringMvc() {
        assertThat(sources(MAIN.resolve("site"))).allSatisfy(file -> assertThat(read(file)).as(file.toString())
                .doesNotContain("jakarta.servlet").doesNotContain("org.springframework.web.servlet")
                .doesNotContain("org.springframework.web.bind").doesNotContain("org.springframework.http.ResponseEntity"));
    }

    @Test
    void noAddressIsSpelledOutsideTheRouteTable() {
        Path table = MAIN.resolve("site/Route.java");
        assertThat(sources(MAIN)).filteredOn(file -> !file.equals(table))
                .allSatisfy(file -> assertThat(ROUTE_LITERAL.matcher(read(file)).find())
                        .as(file + " spells an address: ask site.Route for it").isFalse());
        assertThat(ROUTE_LITERAL.matcher(read(table)).find()).as("the check itself finds addresses").isTrue();
    }

    private static List<Path> sources(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
