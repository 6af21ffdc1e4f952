package org.jcpp.liaison.notifications.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.notifications.NotificationRow;

/** A notification in words ("Sam Lee gave you a follow-up: Housing, Brooklyn Park"), its link and its time. */
class NotificationTexts {

    private final Component view;
    private final Map<Long, String> cities;
    private final Map<Long, String> people;
    private final ZoneId zone;

    NotificationTexts(Component view, Map<Long, String> cities, Map<Long, String> people, ZoneId zone) {
        this.view = view;
        this.cities = cities;
        this.people = people;
        this.zone = zone;
    }

    String text(NotificationRow row) {
        String category = row.category() == null ? "" : Formats.enumLabel(view, row.category());
        String city = row.cityId() == null ? "" : cities.getOrDefault(row.cityId(), "");
        String by = row.byAccountId() == null ? "" : people.getOrDefault(row.byAccountId(), "");
        return view.getTranslation("notification." + row.kind().name(), category, city, by);
    }

    String link(NotificationRow row) {
        return row.recordId() == null ? "notifications" : row.kind().route() + "/" + row.recordId();
    }

    String when(NotificationRow row) {
        return Formats.dateTime(LocalDateTime.ofInstant(row.createdAt(), zone));
    }
}
