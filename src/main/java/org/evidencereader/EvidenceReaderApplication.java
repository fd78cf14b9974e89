package org.evidencereader;

import org.evidencereader.cli.ExportCommand;
import org.evidencereader.cli.ValidateCommand;
import org.evidencereader.system.LibraryPreload;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

@SpringBootApplication
public class EvidenceReaderApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ValidateCommand.NAME)) {
            // No server, no Spring context: read the files, print the problems, exit.
            System.exit(new ValidateCommand(System.out, System.err).run(Arrays.asList(args).subList(1, args.length)));
        }
        if (args.length > 0 && args[0].equals(ExportCommand.NAME)) {
            // No web server: a Spring context without one renders the pages and writes them as files.
            System.exit(new ExportCommand(System.out, System.err, EvidenceReaderApplication.class)
                    .run(Arrays.asList(args).subList(1, args.length)));
        }
        server().run(args);
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
