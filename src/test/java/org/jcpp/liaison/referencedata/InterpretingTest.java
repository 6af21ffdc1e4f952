package org.jcpp.liaison.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jcpp.liaison.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class InterpretingTest {

    @Test
    void no_interpreter_needed_keeps_no_way_of_providing_one() {
        assertThat(Interpreting.of(InterpreterUse.NOT_NEEDED, InterpreterMode.VIDEO))
                .isEqualTo(Interpreting.NONE);
    }

    @Test
    void an_interpreter_used_must_say_how_where_a_form_asks() {
        assertThatThrownBy(() -> Interpreting.of(InterpreterUse.USED, null).requireMode("interpreterMode"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("interpreterMode");
                    assertThat(e.messageKey()).isEqualTo("interpreter.mode.required");
                });
        assertThatCode(() -> Interpreting.of(InterpreterUse.DECLINED, null).requireMode("interpreterMode"))
                .doesNotThrowAnyException();
    }

    @Test
    void the_language_line_counts_only_when_it_was_used() {
        assertThat(Interpreting.of(InterpreterUse.USED, InterpreterMode.TELEPHONE_LINE)
                        .languageLineUsed())
                .isTrue();
        assertThat(Interpreting.of(InterpreterUse.DECLINED, InterpreterMode.TELEPHONE_LINE)
                        .languageLineUsed())
                .isFalse();
        assertThat(InterpreterMode.FAMILY_OR_FRIEND.toReduce()).isTrue();
        assertThat(InterpreterMode.BILINGUAL_STAFF.toReduce()).isFalse();
    }
}
