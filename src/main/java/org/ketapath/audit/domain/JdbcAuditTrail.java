package org.ketapath.audit.domain;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Appends audit events to PostgreSQL, each in a transaction of its own; the database links the chain. */
@Service
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    JdbcAuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AuditEvent event) {
        Actor actor = Actor.current();
        Origin origin = Origin.current();
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        insert into audit_event (seq, occurred_at, actor_id, actor_role, clinic_id, action,
                            resource_type, resource_id, patient_id, outcome, ip_address, user_agent,
                            prev_hash, row_hash)
                        values (0, now(), :actorId, :actorRole, :clinicId, :action, :resourceType, :resourceId,
                            :patientId, :outcome, :ip, :userAgent, '\\x00'::bytea, '\\x00'::bytea)
                        """)
                .param("actorId", actor.id())
                .param("actorRole", actor.role())
                .param("clinicId", event.clinicId())
                .param("action", event.action())
                .param("resourceType", event.resourceType())
                .param("resourceId", event.resourceId())
                .param("patientId", event.patientId())
                .param("outcome", event.outcome().name())
                .param("ip", origin.ip())
                .param("userAgent", origin.userAgent())
                .update());
    }

    /** Who acts: the signed-in account (its name is its id) and its role; nobody for anonymous requests. */
    record Actor(@Nullable UUID id, @Nullable String role) {

        static Actor current() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
                return new Actor(null, null);
            }
            String role = auth.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(a -> a != null && a.startsWith("ROLE_"))
                    .map(a -> a.substring("ROLE_".length()))
                    .sorted()
                    .findFirst()
                    .orElse(null);
            return new Actor(parseUuid(auth.getName()), role);
        }

        private static @Nullable UUID parseUuid(String name) {
            try {
                return UUID.fromString(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** From where: the client's address and user agent, when there is a request. */
    record Origin(@Nullable String ip, @Nullable String userAgent) {

        static Origin current() {
            RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
            if (!(attributes instanceof ServletRequestAttributes servlet)) {
                return new Origin(null, null);
            }
            HttpServletRequest request = servlet.getRequest();
            return new Origin(cut(request.getRemoteAddr(), 64), cut(request.getHeader("User-Agent"), 512));
        }

        private static @Nullable String cut(@Nullable String value, int max) {
            return value == null || value.length() <= max ? value : value.substring(0, max);
        }
    }
}
