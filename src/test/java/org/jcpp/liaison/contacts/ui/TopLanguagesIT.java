package org.jcpp.liaison.contacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jcpp.liaison.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The contact form offers the city's most used languages (its contacts of the last year) first. */
class TopLanguagesIT extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("demo-liaison")
    void the_citys_most_used_language_is_offered_first() {
        var form = navigate(ContactFormView.class);
        long cityId = form.form.city.getListDataView().getItems().findFirst().orElseThrow();
        test(form.form.city).selectItem(form.form.city.getItemLabelGenerator().apply(cityId));
        Map<Long, Integer> uses = new HashMap<>();
        jdbc.query(
                "SELECT language_ids FROM contact WHERE city_id = ? AND occurred_at >= now() - interval '1 year'",
                row -> {
                    for (Long id : (Long[]) row.getArray(1).getArray()) {
                        uses.merge(id, 1, Integer::sum);
                    }
                },
                cityId);
        assertThat(uses).isNotEmpty();
        int most = uses.values().stream().max(Integer::compare).orElseThrow();
        long first =
                form.form.languages.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(uses.getOrDefault(first, 0))
                .as(
                        "uses of the first offered language, %s",
                        form.form.languages.getItemLabelGenerator().apply(first))
                .isEqualTo(most);
    }
}
