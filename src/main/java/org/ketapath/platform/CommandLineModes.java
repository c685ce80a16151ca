package org.ketapath.platform;

import java.util.Arrays;
import java.util.Set;

/**
 * Command-line modes of the packaged application ({@code java -jar ketapath.jar --verify-audit}): these run one
 * task against the database and exit, so they start no web server and load no demo data.
 */
public final class CommandLineModes {

    /** Options that turn the application into a one-off command. */
    public static final Set<String> COMMANDS = Set.of("verify-audit", "import-nppes");

    private CommandLineModes() {}

    public static boolean isCommand(String... args) {
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith("--"))
                .map(arg -> arg.substring(2).split("=", 2)[0])
                .anyMatch(COMMANDS::contains);
    }
}
