package org.jcpp.liaison.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jcpp.liaison.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Password1234", "QWERTY123456", "123456789012", "iloveyou1234", "minnesota123"})
    void common_passwords_are_refused_whatever_their_case(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", password))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> org.assertj.core.api.Assertions.assertThat(e.messageKey())
                                .isEqualTo("password.too-common"));
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "xx-amina.hassan-2026", "Amina.Hassan"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_long_uncommon_passphrase_is_accepted_without_composition_rules() {
        assertThatCode(() -> PasswordPolicy.check("password", "river stones under snow", "amina"))
                .doesNotThrowAnyException();
    }

    @Test
    void length_rules_come_first() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "short"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> org.assertj.core.api.Assertions.assertThat(e.messageKey())
                                .isEqualTo("password.too-short"));
        assertThatThrownBy(() -> PasswordPolicy.check("password", "x".repeat(129)))
                .isInstanceOf(InvalidInputException.class);
    }
}
