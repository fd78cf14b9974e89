package org.evidencereader;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The jar's entry point ({@code java -jar target/evidence-reader.jar}). The jar is a plain one whose
 * manifest names its libraries in a {@code lib} folder beside it, and the JVM silently skips a
 * library that is not there. This class uses the JDK alone, so that a jar copied without its
 * libraries, or with some of them, names what is missing instead of failing later with a
 * {@code NoClassDefFoundError}.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        Path jar = jar();
        if (jar != null) {
            List<Path> missing = missingLibraries(jar);
            if (!missing.isEmpty()) {
                System.err.println(missingLibrariesMessage(jar, missing));
                System.exit(1);
            }
        }
        EvidenceReaderApplication.main(args);
    }

    /** The jar this class was loaded from, or null when it comes from a folder of classes. */
    private static Path jar() {
        try {
            Path path = Path.of(Main.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Files.isRegularFile(path) ? path : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The libraries the jar's manifest names that are not where it names them. */
    static List<Path> missingLibraries(Path jar) {
        try {
            return libraries(jar).stream()
                    .filter(library -> !Files.isRegularFile(library))
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Where the jar's manifest ({@code Class-Path}) says its libraries are, in its order. */
    static List<Path> libraries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            return Stream.of(classPath.trim().split("\\s+"))
                    .map(library -> Path.of(jar.toUri().resolve(library)))
                    .toList();
        }
    }

    /** What to tell a user who started the jar without (all of) its libraries beside it. */
    static String missingLibrariesMessage(Path jar, List<Path> missing) {
        StringBuilder message = new StringBuilder("evidence-reader: ")
                .append(missing.size())
                .append(missing.size() == 1 ? " library" : " libraries")
                .append(" this jar needs ")
                .append(missing.size() == 1 ? "is" : "are")
                .append(" not in ")
                .append(missing.get(0).getParent())
                .append(System.lineSeparator());
        missing.stream()
                .limit(5)
                .forEach(library ->
                        message.append("  ").append(library.getFileName()).append(System.lineSeparator()));
        if (missing.size() > 5) {
            message.append("  … and ")
                    .append(missing.size() - 5)
                    .append(" more")
                    .append(System.lineSeparator());
        }
        return message.append("`./mvnw package` puts them in target/lib, beside target/evidence-reader.jar; to run ")
                .append(jar.getFileName())
                .append(" elsewhere, copy that lib folder along with it.")
                .toString();
    }
}
