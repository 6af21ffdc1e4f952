package org.jcpp.liaison.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.accounts.UserRef;
import org.jcpp.liaison.contacts.ContactKind;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

    private static Object roundTrip(Object value) {
        String json = FieldValues.encode(value).toString();
        return FieldValues.decode(FieldValues.JSON.readTree(json));
    }

    @Test
    void every_kind_of_value_a_form_holds_comes_back_as_it_was_typed() {
        List<Object> values = List.of(
                "Rosa Martínez, 555-0100",
                true,
                23,
                7L,
                new BigDecimal("1.50"),
                LocalDate.of(2026, 8, 4),
                LocalTime.of(17, 40),
                LocalDateTime.of(2026, 12, 2, 10, 42),
                ContactKind.values()[0],
                Set.of(3L, 9L),
                List.of("a", "b"),
                new UserRef(5L, "Amina Hassan"));
        for (Object value : values) {
            assertThat(roundTrip(value)).as(value.getClass().getSimpleName()).isEqualTo(value);
        }
        assertThat(FieldValues.decode(FieldValues.encode(null))).isNull();
    }

    @Test
    void only_the_apps_own_enums_and_records_are_ever_created_back() {
        assertThatThrownBy(() -> FieldValues.encode(java.time.DayOfWeek.MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
        var forged = FieldValues.JSON.readTree(
                "{\"t\":\"record\",\"c\":\"java.net.URL\",\"v\":{\"spec\":\"http://example.org\"}}");
        assertThatThrownBy(() -> FieldValues.decode(forged)).isInstanceOf(IllegalArgumentException.class);
    }
}
