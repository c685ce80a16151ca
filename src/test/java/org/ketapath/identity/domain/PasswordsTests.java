package org.ketapath.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** Passwords never fail on what a client can send: unpaired surrogates and control characters included. */
class PasswordsTests {

    static final Passwords passwords = new Passwords();
    static final String HASH = passwords.hash("correct-horse-battery-9");

    @Test
    void a_password_with_an_unpaired_surrogate_matches_nothing_and_cannot_be_chosen() {
        assertThat(passwords.matches("x\ud800y", HASH)).isFalse();
        assertThat(passwords.matches("x\ud800y", null)).isFalse();
        assertThat(passwords.matches("correct-horse-battery-9\udc00", HASH)).isFalse();
        assertThatThrownBy(() -> passwords.checkPolicy("long-enough-but-\ud800-broken", "password"))
                .isInstanceOf(FieldRejected.class)
                .hasMessageContaining("cannot be used in a password");
        assertThatThrownBy(() -> passwords.hash("long-enough-but-\ud800-broken"))
                .isInstanceOf(FieldRejected.class);
    }

    @Test
    void the_right_password_still_matches() {
        assertThat(passwords.matches("correct-horse-battery-9", HASH)).isTrue();
        assertThat(passwords.matches("correct-horse-battery-8", HASH)).isFalse();
    }

    @Test
    void checking_any_text_either_passes_or_names_the_field_and_never_throws_anything_else() {
        qt().withExamples(2_000)
                .forAll(strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert(text -> {
                    try {
                        passwords.checkPolicy(text, "password");
                    } catch (FieldRejected e) {
                        assertThat(e.field()).isEqualTo("password");
                    }
                });
    }

    @Test
    void matching_any_text_answers_false_and_never_throws() {
        qt().withExamples(40)
                .forAll(strings().allPossible().ofLengthBetween(1, 20))
                .checkAssert(text -> assertThat(passwords.matches(text, HASH)).isFalse());
    }
}
