package org.ketapath;

import java.util.Map;
import org.ketapath.platform.CommandLineModes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** KetaPath: information, assessment, provider directory and booking for ketamine therapy. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class KetaPathApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(KetaPathApplication.class);
        if (CommandLineModes.isCommand(args)) {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(
                    Map.of("ketapath.demo-data", "false", "ketapath.mail.sender.enabled", "false"));
        }
        application.run(args);
    }
}
