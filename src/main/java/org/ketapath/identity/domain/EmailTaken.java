package org.ketapath.identity.domain;

/** Registration with an e-mail address that already has an account. */
public class EmailTaken extends RuntimeException {

    public EmailTaken() {
        super("an account with this e-mail address exists");
    }
}
