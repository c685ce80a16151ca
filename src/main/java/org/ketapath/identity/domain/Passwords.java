package org.ketapath.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketapath.shared.TextRules;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password hashing (Argon2id, OWASP parameters set explicitly) and the password policy: at least 12
 * characters, at most 128, not one of the most common passwords (the bundled list, see its PROVENANCE file).
 */
@Component
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final String UNUSABLE =
            "contains characters that cannot be used in a password (control characters or broken Unicode)";

    /** Argon2id: salt 16 bytes, hash 32 bytes, parallelism 1, memory 19 MiB (19456 KiB), 2 iterations. */
    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);

    private final Set<String> common;

    /** Compared against when the account does not exist, so that the answer takes as long either way. */
    private final String dummyHash;

    public Passwords() {
        this.common = load();
        this.dummyHash = encoder.encode("no-such-account-dummy-password");
    }

    /**
     * The Argon2id hash of a password that passed {@link #checkPolicy}.
     *
     * @throws FieldRejected for text that cannot be a password (an unpaired surrogate has no UTF-8 form to hash)
     */
    public String hash(String password) {
        if (!TextRules.acceptable(password)) {
            throw new FieldRejected("password", UNUSABLE);
        }
        return encoder.encode(password);
    }

    /**
     * Checks the password against the hash, or against a dummy hash when there is none (same cost). Text that
     * cannot be a password (an unpaired surrogate, a control character) matches nothing, after the same work.
     */
    public boolean matches(String password, @Nullable String hash) {
        boolean usable = TextRules.acceptable(password);
        String candidate = usable ? password : "not-a-usable-password";
        if (hash == null || !usable) {
            encoder.matches(candidate, hash == null ? dummyHash : hash);
            return false;
        }
        return encoder.matches(candidate, hash);
    }

    /** Refuses a password that does not meet the policy, naming the field. */
    public void checkPolicy(@Nullable String password, String field) {
        if (password == null || password.isEmpty()) {
            throw new FieldRejected(field, "is required");
        }
        if (!TextRules.acceptable(password)) {
            throw new FieldRejected(field, UNUSABLE);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new FieldRejected(field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new FieldRejected(field, "must have at most " + MAX_LENGTH + " characters");
        }
        if (isCommon(password)) {
            throw new FieldRejected(field, "is one of the most common passwords; choose another");
        }
    }

    public boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(80_000);
        var resource = new ClassPathResource("identity/common-passwords.txt");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the common-password list is missing from the application", e);
        }
        return Set.copyOf(words);
    }
}
