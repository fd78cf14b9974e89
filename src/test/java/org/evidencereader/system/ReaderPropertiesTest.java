package org.evidencereader.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code reader.*} setting is a component of {@link ReaderProperties}, bound in one place,
 * and each is listed in {@code application.properties} with its default and what it means.
 */
class ReaderPropertiesTest {

    private static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    private static ReaderProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("reader", ReaderProperties.class);
    }

    @Test
    void bindsTheDefaultsWhenNothingIsSet() {
        ReaderProperties properties = bind(Map.of());

        assertThat(properties.articlesDir()).isEqualTo(Path.of("articles"));
        assertThat(properties.claimsDir()).isEqualTo(Path.of("claims"));
        assertThat(properties.watch()).isTrue();
        assertThat(properties.pageCache()).isEqualTo(DataSize.ofMegabytes(64));
        assertThat(properties.editing()).isFalse();
    }

    @Test
    void bindsEverySettingGiven() {
        ReaderProperties properties = bind(Map.of(
                "reader.articles-dir",
                "a",
                "reader.claims-dir",
                "c",
                "reader.watch",
                "false",
                "reader.page-cache",
                "1MB",
                "reader.editing",
                "true"));

        assertThat(properties)
                .isEqualTo(new ReaderProperties(Path.of("a"), Path.of("c"), false, DataSize.ofMegabytes(1), true));
    }

    @Test
    void everySettingIsListedWithItsDefaultAndMeaning() throws IOException {
        List<String> lines = Files.readAllLines(APPLICATION_PROPERTIES, StandardCharsets.UTF_8);
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher setting = Pattern.compile("^(reader\\.[a-z-]+)=(.*)$").matcher(lines.get(i));
            if (setting.matches()) {
                listed.add(setting.group(1));
                assertThat(setting.group(2))
                        .as("%s has its default as its value", setting.group(1))
                        .isNotBlank();
                assertThat(i > 0 ? lines.get(i - 1) : "")
                        .as("a comment above %s says what it means", setting.group(1))
                        .startsWith("# ");
            }
        }
        List<String> components = Arrays.stream(ReaderProperties.class.getRecordComponents())
                .map(c -> "reader." + c.getName().replaceAll("([A-Z])", "-$1").toLowerCase())
                .toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(components);
    }

    @Test
    void theDefaultsListedAreTheDefaultsBound() throws IOException {
        Map<String, String> listed = new java.util.HashMap<>();
        for (String line : Files.readAllLines(APPLICATION_PROPERTIES, StandardCharsets.UTF_8)) {
            if (line.startsWith("reader.")) {
                listed.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        assertThat(bind(listed)).isEqualTo(bind(Map.of()));
    }

    /** No {@code @Value("${reader.…}")} and no {@code getProperty("reader.…")} beside the record. */
    @Test
    void noReaderSettingIsReadAnyOtherWay() throws IOException {
        Pattern otherWay = Pattern.compile("\\$\\{reader\\.|getProperty\\(\"reader\\.|\"reader\\.[a-z-]+\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (otherWay.matcher(lines.get(i)).find()) {
                        found.add(MAIN_SOURCES.relativize(file) + ":" + (i + 1) + ": "
                                + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
