package org.evidencereader;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The jar's entry point ({@code java -jar target/evidence-reader.jar}). The jar is a plain one whose
 * manifest names its libraries in a {@code lib} folder beside it; this class uses the JDK alone, so
 * that a jar copied without that folder says what is missing instead of failing with a
 * {@code NoClassDefFoundError} from the first Spring class.
 */
public final class Main {

    /** A class from the libraries the jar needs, and the folder the manifest names them in. */
    static final String LIBRARY_PROBE = "org.springframework.boot.SpringApplication";
    static final String LIBRARY_FOLDER = "lib";

    private Main() {
    }

    public static void main(String[] args) {
        if (!librariesPresent(Main.class.getClassLoader())) {
            System.err.println(missingLibraries(jarFolder()));
            System.exit(1);
        }
        EvidenceReaderApplication.main(args);
    }

    static boolean librariesPresent(ClassLoader loader) {
        try {
            Class.forName(LIBRARY_PROBE, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** What to tell a user who started the jar without its libraries beside it. */
    static String missingLibraries(Optional<Path> jarFolder) {
        String lib = jarFolder.map(folder -> folder.resolve(LIBRARY_FOLDER).toString()).orElse(LIBRARY_FOLDER);
        return "evidence-reader: the libraries this jar needs are not in " + lib + System.lineSeparator()
                + "  `./mvnw package` puts them in target/lib, beside target/evidence-reader.jar; to run the jar"
                + " elsewhere, copy that lib folder along with it.";
    }

    private static Optional<Path> jarFolder() {
        try {
            return Optional.ofNullable(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
