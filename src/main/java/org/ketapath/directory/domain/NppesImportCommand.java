package org.ketapath.directory.domain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ketapath.jar --import-nppes=npidata_pfile_x.csv}: imports the file, prints what it did and
 * exits (status 0, or 1 when the file cannot be read).
 */
@Component
@Order(1000)
class NppesImportCommand implements ApplicationRunner {

    static final String OPTION = "import-nppes";
    private static final Logger log = LoggerFactory.getLogger(NppesImportCommand.class);

    private final NppesImporter importer;
    private final ConfigurableApplicationContext context;
    private final boolean exit;

    NppesImportCommand(
            NppesImporter importer,
            ConfigurableApplicationContext context,
            @Value("${ketapath.command.exit:true}") boolean exit) {
        this.importer = importer;
        this.context = context;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> files = args.getOptionValues(OPTION);
        if (files == null) {
            return;
        }
        int status = 0;
        for (String file : files) {
            Path path = Path.of(file);
            try {
                if (!Files.isReadable(path)) {
                    throw new java.io.IOException("cannot read " + path);
                }
                NppesImporter.Result result = importer.importFile(path);
                String summary = "NPPES import of " + path.getFileName() + ": " + result.rows() + " rows, "
                        + result.individuals() + " individuals, " + result.invalidNpis() + " invalid NPIs, "
                        + result.matchedPractitioners() + " practitioners matched, " + result.licencesAdded()
                        + " licences added as PENDING";
                log.info(summary);
                System.out.println(summary);
            } catch (Exception e) {
                status = 1;
                log.error("NPPES import of {} failed: {}", path.getFileName(), e.getMessage());
                System.err.println("NPPES import failed: " + e.getMessage());
            }
        }
        if (exit) {
            int code = status;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
