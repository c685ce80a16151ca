package org.ketapath;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/** KetaPath: information, assessment, provider directory and booking for ketamine therapy. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class KetaPathApplication {

    public static void main(String[] args) {
        SpringApplication.run(KetaPathApplication.class, args);
    }
}
