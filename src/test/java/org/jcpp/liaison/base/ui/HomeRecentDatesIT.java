package org.jcpp.liaison.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.base.RecentActivity;
import org.jcpp.liaison.base.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A roll-call briefing has a date and no time: Home's recent activity shows its date only, not "12:00 AM". */
class HomeRecentDatesIT extends ViewTest {

    @Autowired
    SignedInUser signedInUser;

    @Autowired
    List<RecentActivity> sources;

    @Autowired
    com.vaadin.flow.spring.security.AuthenticationContext authentication;

    @Test
    @WithUserDetails("demo-liaison")
    void a_briefing_in_recent_activity_shows_its_date_without_a_midnight_time() {
        var briefingsOnly = sources.stream()
                .filter(source -> source.getClass().getSimpleName().startsWith("RollCall"))
                .toList();
        assertThat(briefingsOnly).hasSize(1);
        var home = new HomeView(signedInUser, briefingsOnly, authentication);
        var whens = home.getChildren()
                .flatMap(c -> c.getChildren())
                .flatMap(c -> c.getChildren())
                .filter(c -> c instanceof Span && c.hasClassName("recent-when"))
                .map(c -> ((Span) c).getText())
                .toList();
        assertThat(whens).isNotEmpty().allSatisfy(when -> assertThat(when)
                .doesNotContain("12:00")
                .doesNotContain("AM")
                .matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}"));
    }
}
