package org.ketapath.support;

import java.util.ArrayList;
import java.util.List;
import org.ketapath.KetaPathApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole application as its main method would, with extra command-line arguments. */
public final class Apps {

    private Apps() {}

    public static ConfigurableApplicationContext run(String... args) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        all.addAll(List.of(args));
        return SpringApplication.run(KetaPathApplication.class, all.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }
}
