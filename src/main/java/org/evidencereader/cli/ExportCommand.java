package org.evidencereader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.evidencereader.diagnostic.Diagnostic;
import org.evidencereader.export.ExportFolder;
import org.evidencereader.export.SiteExporter;
import org.evidencereader.library.Library;
import org.evidencereader.library.LibrarySnapshot;
import org.evidencereader.site.StaticAssets;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code export --out=DIR}: writes the whole site as static files (see
 * {@code org.evidencereader.export.ExportLayout}) without starting a web server.
 *
 * <p>It starts the application's Spring context with no web server ({@link WebApplicationType#NONE})
 * and live reload off, so the pages come from the very template engine, message bundles, JSON
 * mapper and properties the server uses ({@code --reader.articles-dir=…} and every other property
 * work as for the server). Building a Thymeleaf engine by hand would start faster but would be a
 * second configuration to keep equal to Boot's.
 *
 * <p>A library with problems is exported as the server would serve it; the problems are printed
 * to stderr as {@code path:line:column: …}. The site is written beside {@code DIR} and then put in
 * its place ({@link ExportFolder}, which also says which folders are refused). Exit status 0 once
 * written; 1 if writing fails or any page could not be made (they are named, and {@code DIR} is
 * left as it was); 2 for a usage mistake or a refused folder.
 */
public final class ExportCommand {

    public static final String NAME = "export";

    /** Failed pages named one by one; the rest are counted. */
    private static final int MAX_NAMED = 20;

    private final PrintStream out;
    private final PrintStream err;
    private final Class<?> application;

    public ExportCommand(PrintStream out, PrintStream err, Class<?> application) {
        this.out = out;
        this.err = err;
        this.application = application;
    }

    /** The Spring properties export takes besides its own options: the reader's and Spring's own. */
    private static final Pattern PROPERTY =
            Pattern.compile("--(reader|spring|logging)\\.[A-Za-z0-9._\\-\\[\\]]+=.*", Pattern.DOTALL);

    public int run(List<String> args) {
        Path target = null;
        boolean force = false;
        List<String> springArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--out=") && arg.length() > "--out=".length()) {
                target = Path.of(arg.substring("--out=".length()));
            } else if (arg.equals("--force")) {
                force = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(usage());
                return 0;
            } else if (PROPERTY.matcher(arg).matches()) {
                springArgs.add(arg); // --reader.articles-dir=…, --reader.claims-dir=…, any property
            } else {
                err.println("export: unknown option '" + arg + "'");
                err.println(usage());
                return 2;
            }
        }
        if (target == null) {
            err.println("export: --out=DIR is required");
            err.println(usage());
            return 2;
        }
        ExportFolder folder;
        try {
            folder = ExportFolder.prepare(target, force);
        } catch (ExportFolder.Refused e) {
            err.println("export: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("export: cannot write beside " + target + ": " + e.getMessage());
            return 1;
        }
        // Last, so that they win over the command line and application.properties.
        springArgs.add("--reader.watch=false");
        springArgs.add("--spring.main.web-application-type=none");
        springArgs.add("--logging.level.root=WARN");

        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        spring.setBannerMode(Banner.Mode.OFF);
        spring.setLogStartupInfo(false);
        boolean committed = false;
        try (ConfigurableApplicationContext context = spring.run(springArgs.toArray(String[]::new))) {
            LibrarySnapshot snapshot = context.getBean(Library.class).current();
            SiteExporter exporter = new SiteExporter(
                    context.getBean(ITemplateEngine.class),
                    context.getBean(MessageSource.class),
                    context.getBean(JsonMapper.class),
                    context.getBean(StaticAssets.class));
            snapshot.diagnostics().stream()
                    .sorted(Comparator.comparing(Diagnostic::file)
                            .thenComparingInt(Diagnostic::line)
                            .thenComparingInt(Diagnostic::column))
                    .forEach(err::println);
            SiteExporter.Result result = exporter.export(snapshot, folder.staging());
            if (!result.failed().isEmpty()) {
                // A site with error pages in place of some is not published: the earlier export stays.
                err.println("export: " + result.failed().size() + " of " + result.pages() + " page(s) could not be made"
                        + " (the server's log says why); nothing was written to " + folder.target() + ":");
                result.failed().stream().limit(MAX_NAMED).forEach(page -> err.println("  " + page));
                if (result.failed().size() > MAX_NAMED) {
                    err.println("  … and " + (result.failed().size() - MAX_NAMED) + " more");
                }
                return 1;
            }
            folder.commit();
            committed = true;
            err.println("export: " + snapshot.articles().size() + " article(s), " + result.pages() + " page(s), "
                    + result.documents() + " document(s), " + result.assets() + " asset(s), "
                    + result.bytes() / 1024 + " KiB written to " + folder.target());
            return 0;
        } catch (IOException e) {
            err.println("export: cannot write " + folder.target() + ": " + e.getMessage());
            return 1;
        } finally {
            if (!committed) {
                abandon(folder);
            }
        }
    }

    private void abandon(ExportFolder folder) {
        try {
            folder.abandon();
        } catch (IOException e) {
            err.println("export: cannot delete " + folder.staging() + ": " + e.getMessage());
        }
    }

    private static String usage() {
        return "usage: java -jar evidence-reader.jar export --out=DIR [--force] [--reader.articles-dir=DIR] [--reader.claims-dir=DIR]";
    }
}
