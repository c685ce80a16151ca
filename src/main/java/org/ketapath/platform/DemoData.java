package org.ketapath.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Marks a bean that loads demo data (clearly fictional clinics and people). Active when
 * {@code ketapath.demo-data=true}, or by default in the embedded-database setup; never by default when an
 * external database is configured ({@code KETAPATH_DB_URL}), where it must be asked for explicitly.
 *
 * <p>Loaders are {@code ApplicationRunner}s ordered with {@code @Order}: directory 100 (clinics), identity 200
 * (accounts, staff of the demo clinics), scheduling 300 (hours and bookings). Each must be idempotent: the
 * embedded database keeps its data across restarts.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(DemoData.Enabled.class)
public @interface DemoData {

    /**
     * The demo clinics' ids, which the directory (that lists them) and scheduling (that gives them hours) share.
     */
    final class Clinics {

        /** "Demo Ketamine Clinic Philadelphia", the fixed clinic of the demo staff accounts. */
        public static final UUID PHILADELPHIA = UUID.fromString("c0000000-0000-4000-8000-000000000001");

        /** How many fictional clinics are generated besides Philadelphia. */
        public static final int GENERATED = 300;

        private Clinics() {}

        /** The id of the n-th generated clinic (1-based). */
        public static UUID generated(int n) {
            return UUID.nameUUIDFromBytes(("ketapath-demo-clinic-" + n).getBytes(StandardCharsets.UTF_8));
        }

        /** Every tenth generated clinic books by phone only, to show what such a clinic looks like. */
        public static boolean phoneOnly(int n) {
            return n % 10 == 7;
        }
    }

    /** Whether demo data is to be loaded in this environment. */
    final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String explicit = context.getEnvironment().getProperty("ketapath.demo-data");
            if (StringUtils.hasText(explicit)) {
                return Boolean.parseBoolean(explicit.trim());
            }
            return !StringUtils.hasText(context.getEnvironment().getProperty("ketapath.db.url"));
        }
    }
}
