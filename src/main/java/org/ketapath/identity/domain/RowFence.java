package org.ketapath.identity.domain;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queries on row-fenced tables (PostgreSQL row-level security) on behalf of one account: sets
 * {@code app.account_id} for the transaction and, where the {@code ketapath_fenced} role exists, switches to it
 * so the policies apply even to a superuser connection. Outside a transaction it refuses to run.
 */
@Component
class RowFence {

    private final JdbcClient jdbc;
    private final TransactionTemplate probe;
    private volatile Boolean fencedRole;

    RowFence(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.probe = new TransactionTemplate(transactions);
        this.probe.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    <T> T as(UUID accountId, Supplier<T> work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("row-fenced queries need a transaction");
        }
        jdbc.sql("select set_config('app.account_id', :id, true)")
                .param("id", accountId.toString())
                .query(String.class)
                .single();
        boolean switchRole = fencedRole();
        if (switchRole) {
            jdbc.sql("set local role ketapath_fenced").update();
        }
        try {
            return work.get();
        } finally {
            try {
                if (switchRole) {
                    jdbc.sql("reset role").update();
                }
                jdbc.sql("select set_config('app.account_id', '', true)")
                        .query(String.class)
                        .single();
            } catch (DataAccessException e) {
                // the transaction failed already and rolls back, which undoes both settings
            }
        }
    }

    /** Whether this connection may switch to the fenced role: tried once, in a transaction of its own. */
    private boolean fencedRole() {
        Boolean known = fencedRole;
        if (known == null) {
            known = Boolean.TRUE.equals(probe.execute(status -> {
                status.setRollbackOnly();
                try {
                    jdbc.sql("set local role ketapath_fenced").update();
                    return true;
                } catch (DataAccessException e) {
                    return false;
                }
            }));
            fencedRole = known;
        }
        return known;
    }
}
