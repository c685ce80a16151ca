package org.ketapath.assessment.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/** The unguessable id of a result: 128 random bits, base64url; only its SHA-256 is stored. */
record ResultToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

    static ResultToken random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new ResultToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token in a request, or empty when it cannot be one (so it is simply not found). */
    static Optional<ResultToken> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new ResultToken(text)) : Optional.empty();
    }

    byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** How audit rows name the result: a prefix of its stored hash, never the id itself (which grants access). */
    String auditReference() {
        return "sha256:" + java.util.HexFormat.of().formatHex(hash(), 0, 8);
    }
}
