package org.ketapath.identity.domain;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.ketapath.audit.AuditEvent;
import org.ketapath.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s, one step of drift either way) for staff and administrators, each code
 * accepted once, with one-time recovery codes.
 */
@Service
public class Mfa {

    static final int RECOVERY_CODES = 10;
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom random = new SecureRandom();

    /** RFC 6238's time step. */
    static final int PERIOD_SECONDS = 30;

    /** Steps either side of now whose codes are still taken, for clocks that drift and codes typed slowly. */
    static final int ALLOWED_DRIFT_STEPS = 1;

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    Mfa(JdbcClient jdbc, AccountRepository accounts, AuditTrail audit, IdentityClock identityClock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = identityClock.clock();
    }

    /** What an authenticator app needs to enrol: the secret, the otpauth URI and a QR code as a data URI. */
    public record Enrolment(String secret, String otpauthUri, String qrDataUri) {
        @Override
        public String toString() {
            return "Enrolment[redacted]";
        }
    }

    /** Starts (or restarts) enrolment with a new secret that is not active until confirmed with a code. */
    @Transactional
    public Enrolment start(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        String secret = new DefaultSecretGenerator(32).generate();
        accounts.setTotp(accountId, secret, false);
        return enrolment(account.email(), secret);
    }

    public static Enrolment enrolment(String email, String secret) {
        QrData data = new QrData.Builder()
                .label(email)
                .secret(secret)
                .issuer("KetaPath")
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(30)
                .build();
        String qr;
        try {
            var generator = new ZxingPngQrGenerator();
            qr = Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            qr = "";
        }
        return new Enrolment(secret, data.getUri(), qr);
    }

    /** Confirms enrolment with a first code; returns the recovery codes (shown once) or empty. */
    @Transactional
    public Optional<List<String>> confirm(UUID accountId, String code) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.totpSecret() == null || !acceptTotp(accountId, account.totpSecret(), code.strip())) {
            return Optional.empty();
        }
        accounts.setTotp(accountId, account.totpSecret(), true);
        audit.record(AuditEvent.success("UPDATE", "MfaEnrolment", accountId.toString(), null));
        return Optional.of(newRecoveryCodes(accountId));
    }

    /**
     * Enrols a new secret at once, for an account whose owner is at hand to store it (a clinic joining over the
     * API): the secret is active immediately; returns it with fresh recovery codes (shown once).
     */
    @Transactional
    public EnrolledNow enrolNow(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        String secret = new DefaultSecretGenerator(32).generate();
        accounts.setTotp(accountId, secret, true);
        audit.record(AuditEvent.success("UPDATE", "MfaEnrolment", accountId.toString(), null));
        return new EnrolledNow(enrolment(account.email(), secret), newRecoveryCodes(accountId));
    }

    /** A secret enrolled at once and its recovery codes. */
    public record EnrolledNow(Enrolment enrolment, List<String> recoveryCodes) {
        @Override
        public String toString() {
            return "EnrolledNow[redacted]";
        }
    }

    /** Enrols with a known secret at once (demo accounts). */
    @Transactional
    public void enrolWithSecret(UUID accountId, String secret) {
        accounts.setTotp(accountId, secret, true);
    }

    /** Checks a TOTP code, or else uses up a matching recovery code. */
    @Transactional
    public boolean verify(Account account, String code) {
        String value = code.strip();
        if (!account.mfaEnrolled() || account.totpSecret() == null || value.isEmpty() || value.length() > 40) {
            return false;
        }
        if (value.matches("[0-9]{6}")) {
            return acceptTotp(account.id(), account.totpSecret(), value);
        }
        return jdbc.sql("""
                        update recovery_code set used_at = now()
                        where account_id = :account and code_hash = :hash and used_at is null
                        """)
                        .param("account", account.id())
                        .param("hash", Secrets.sha256(normalize(value)))
                        .update()
                == 1;
    }

    /**
     * Takes a TOTP code once: it must be the code of a time step within the allowed drift and later than the last
     * step accepted for the account, which it then becomes (one conditional update, so two requests racing with
     * the same code cannot both win). RFC 6238, section 5.2: a verifier must not accept the same code twice.
     */
    private boolean acceptTotp(UUID accountId, String secret, String code) {
        OptionalLong step = stepOf(secret, code);
        return step.isPresent()
                && jdbc.sql("""
                                update account set totp_last_step = :step
                                where id = :id and (totp_last_step is null or totp_last_step < :step)
                                """)
                                .param("step", step.getAsLong())
                                .param("id", accountId)
                                .update()
                        == 1;
    }

    /** The latest time step within the allowed drift whose code this is, compared in constant time. */
    private OptionalLong stepOf(String secret, String code) {
        long now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
        OptionalLong found = OptionalLong.empty();
        for (long step = now - ALLOWED_DRIFT_STEPS; step <= now + ALLOWED_DRIFT_STEPS; step++) {
            try {
                byte[] expected = codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(expected, code.getBytes(StandardCharsets.US_ASCII))) {
                    found = OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                return OptionalLong.empty();
            }
        }
        return found;
    }

    private List<String> newRecoveryCodes(UUID accountId) {
        jdbc.sql("delete from recovery_code where account_id = :account")
                .param("account", accountId)
                .update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                if (c == 4) {
                    code.append('-');
                }
            }
            codes.add(code.toString());
            jdbc.sql("insert into recovery_code (account_id, code_hash) values (:account, :hash)")
                    .param("account", accountId)
                    .param("hash", Secrets.sha256(normalize(code.toString())))
                    .update();
        }
        return codes;
    }

    private static String normalize(String code) {
        return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
