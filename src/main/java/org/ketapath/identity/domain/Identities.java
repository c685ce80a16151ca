package org.ketapath.identity.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;
import org.ketapath.identity.CurrentUser;
import org.ketapath.identity.IdentityApi;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is signed in, and facts about accounts that other modules need. */
@Service
public class Identities implements IdentityApi {

    /** The domain of the demo accounts (a reserved .test name: never a real person's address). */
    static final String DEMO_DOMAIN = "@demo.ketapath.test";

    private final AccountRepository accounts;

    Identities(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return parse(auth.getName()).flatMap(this::find);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CurrentUser> find(UUID accountId) {
        return accounts.findById(accountId)
                .filter(account -> !account.closed())
                .map(account -> new CurrentUser(
                        account.id(),
                        account.role(),
                        new HashSet<>(accounts.clinicsOf(account.id())),
                        account.emailVerified()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmailVerified(UUID accountId) {
        return find(accountId).map(CurrentUser::emailVerified).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isStaffOf(UUID accountId, UUID clinicId) {
        return find(accountId).map(user -> user.worksFor(clinicId)).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> demoAccountId(String email) {
        if (!email.endsWith(DEMO_DOMAIN)) {
            return Optional.empty();
        }
        return accounts.findByEmail(email).filter(account -> !account.closed()).map(Account::id);
    }

    public Optional<Account> account(UUID accountId) {
        return accounts.findById(accountId).filter(account -> !account.closed());
    }

    private static Optional<UUID> parse(String name) {
        try {
            return Optional.of(UUID.fromString(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
