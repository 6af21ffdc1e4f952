package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.outreach.CalendarEntry;
import org.jcpp.liaison.outreach.CalendarService;

/**
 * Month and week views of the outreach events and roll-call briefings of the user's cities (plain Vaadin components:
 * on a phone the days become a list), and the user's secret calendar link for a calendar program.
 */
@Route("calendar")
@Menu(order = 4.8, icon = "vaadin:calendar", title = "nav.calendar")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    enum Mode {
        MONTH,
        WEEK
    }

    final Select<Mode> mode = new Select<>();
    final H2 period = new H2();
    final Div days = new Div();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button today = new Button();
    final Paragraph feedState = new Paragraph();
    final TextField feedLink = new TextField();
    final Button createFeed = new Button();
    final Button revokeFeed = new Button();

    private final CalendarService calendar;
    private LocalDate shown = LocalDate.now();

    CalendarView(CalendarService calendar) {
        this.calendar = calendar;
        addClassName("calendar-view");

        mode.setLabel(getTranslation("calendar.view"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("calendar.mode." + m.name()));
        mode.setValue(Mode.MONTH);
        mode.addValueChangeListener(e -> render());
        previous.setAriaLabel(getTranslation("calendar.previous"));
        next.setAriaLabel(getTranslation("calendar.next"));
        today.setText(getTranslation("calendar.today"));
        previous.addClickListener(e -> move(-1));
        next.addClickListener(e -> move(1));
        today.addClickListener(e -> {
            shown = LocalDate.now();
            render();
        });
        var controls = new HorizontalLayout(previous, today, next, mode);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.addClassName("calendar-controls");
        controls.getStyle().set("flex-wrap", "wrap");
        mode.setWidth("9em");
        period.addClassName("calendar-period");
        days.addClassName("calendar-grid");

        feedLink.setLabel(getTranslation("calendar.feed.link"));
        feedLink.setReadOnly(true);
        feedLink.setWidthFull();
        feedLink.setVisible(false);
        createFeed.setIcon(VaadinIcon.LINK.create());
        createFeed.addClickListener(e -> createFeed());
        revokeFeed.setText(getTranslation("calendar.feed.revoke"));
        revokeFeed.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revokeFeed.addClickListener(e -> confirmRevoke());
        var feedActions = new HorizontalLayout(createFeed, revokeFeed);
        feedActions.getStyle().set("flex-wrap", "wrap");

        add(
                controls,
                period,
                days,
                new H3(getTranslation("calendar.feed.title")),
                new Paragraph(getTranslation("calendar.feed.explain")),
                feedState,
                feedLink,
                feedActions);
        render();
        showFeedState();
    }

    private void move(int steps) {
        shown = mode.getValue() == Mode.WEEK ? shown.plusWeeks(steps) : shown.plusMonths(steps);
        render();
    }

    /** Draws the weeks of the shown month (or the shown week), Monday first, with each day's entries. */
    void render() {
        LocalDate first;
        LocalDate last;
        if (mode.getValue() == Mode.WEEK) {
            first = shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            last = first.plusDays(6);
            period.setText(getTranslation("calendar.week-of", Formats.date(first), Formats.date(last)));
        } else {
            first = shown.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            last = shown.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            period.setText(shown.format(DateTimeFormatter.ofPattern("LLLL yyyy", Formats.locale())));
        }
        // an entry shows on every day it covers within the view (an event that began before the view, or spans days)
        var byDay = new java.util.HashMap<LocalDate, List<CalendarEntry>>();
        for (CalendarEntry entry : calendar.entries(first, last)) {
            LocalDate lastDay = entry.allDay() || entry.end().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? entry.end().toLocalDate().minusDays(1)
                    : entry.end().toLocalDate();
            for (LocalDate d = entry.start().toLocalDate().isBefore(first)
                            ? first
                            : entry.start().toLocalDate();
                    !d.isAfter(lastDay) && !d.isAfter(last);
                    d = d.plusDays(1)) {
                byDay.computeIfAbsent(d, key -> new java.util.ArrayList<>()).add(entry);
            }
        }
        days.removeAll();
        for (int d = 0; d < 7; d++) {
            var head = new Span(DayOfWeek.MONDAY.plus(d).getDisplayName(TextStyle.SHORT, Formats.locale()));
            head.addClassName("calendar-head");
            days.add(head);
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(dayCell(day, byDay.getOrDefault(day, List.of())));
        }
    }

    private Div dayCell(LocalDate day, List<CalendarEntry> entries) {
        var cell = new Div();
        cell.addClassName("calendar-day");
        if (entries.isEmpty()) {
            cell.addClassName("empty");
        }
        if (mode.getValue() == Mode.MONTH && day.getMonth() != shown.getMonth()) {
            cell.addClassName("other-month");
        }
        if (day.equals(LocalDate.now())) {
            cell.addClassName("today");
        }
        var number = new Span(day.format(DateTimeFormatter.ofPattern("EEE d MMM", Formats.locale())));
        number.addClassName("calendar-date");
        cell.add(number);
        for (CalendarEntry entry : entries) {
            String text = entry.kind() == CalendarEntry.Kind.BRIEFING
                    ? getTranslation("calendar.briefing", entry.title())
                    : DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                                    .withLocale(Formats.locale())
                                    .format(entry.start())
                            + " " + entry.title();
            var link = new Anchor(entry.route(), text);
            link.addClassNames("calendar-entry", entry.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (entry.cancelled()) {
                link.addClassName("cancelled");
                link.setTitle(getTranslation("EventStatus.CANCELLED"));
            }
            cell.add(link);
        }
        return cell;
    }

    /** What is shown of the calendar now (for tests). */
    List<String> entryTexts() {
        return days.getChildren()
                .flatMap(cell -> cell.getChildren())
                .filter(child -> child instanceof Anchor)
                .map(child -> ((Anchor) child).getText())
                .toList();
    }

    private void showFeedState() {
        boolean has = calendar.hasFeed();
        feedState.setText(getTranslation(has ? "calendar.feed.exists" : "calendar.feed.none"));
        createFeed.setText(getTranslation(has ? "calendar.feed.renew" : "calendar.feed.create"));
        revokeFeed.setVisible(has);
    }

    private void createFeed() {
        String token = calendar.createFeed();
        feedLink.setValue(baseUrl() + "/calendar/" + token + ".ics");
        feedLink.setHelperText(getTranslation("calendar.feed.copy"));
        feedLink.setVisible(true);
        showFeedState();
        Notices.success(getTranslation("calendar.feed.created"));
    }

    private void confirmRevoke() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("calendar.feed.revoke.title"));
        dialog.setText(getTranslation("calendar.feed.revoke.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("calendar.feed.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            calendar.revokeFeed();
            feedLink.clear();
            feedLink.setVisible(false);
            showFeedState();
            Notices.success(getTranslation("calendar.feed.revoked"));
        });
        dialog.open();
    }

    private static String baseUrl() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        String scheme = http.getScheme();
        int port = http.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar");
    }
}
