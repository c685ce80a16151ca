package org.ketapath.notification.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/** Chooses where mail goes: SMTP when a server is configured, else the development mailbox, else nowhere yet. */
@Configuration(proxyBeanMethods = false)
public class MailConfiguration {

    @Bean
    @Conditional(SmtpConfigured.class)
    MailTransport smtpTransport(JavaMailSender sender) {
        return new SmtpTransport(sender);
    }

    @Bean
    @Conditional(DevMailboxEnabled.class)
    MailTransport devMailboxTransport(JdbcClient jdbc) {
        return new DevMailboxTransport(jdbc);
    }

    static final class SmtpConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }

    /**
     * The development mailbox: asked for with {@code ketapath.mail.dev-mailbox=true}, or by default when neither
     * an SMTP server nor an external database is configured (a local run). Never by default in production.
     */
    public static final class DevMailboxEnabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            if (new SmtpConfigured().matches(context, metadata)) {
                return false;
            }
            String explicit = context.getEnvironment().getProperty("ketapath.mail.dev-mailbox");
            if (StringUtils.hasText(explicit)) {
                return Boolean.parseBoolean(explicit.trim());
            }
            return !StringUtils.hasText(context.getEnvironment().getProperty("ketapath.db.url"));
        }
    }
}
