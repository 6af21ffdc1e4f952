package org.jcpp.liaison.notifications.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import org.jcpp.liaison.notifications.NotificationPush;
import org.jcpp.liaison.notifications.Notifications;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The bell in the app bar: how many notifications the person has not read, and on a click the latest ones, each
 * opening its record. A new one arrives on an open page without a reload (server push).
 */
class NotificationBell extends Composite<Div> {

    static final int SHOWN = 8;

    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    final Popover popover = new Popover();
    private final Div list = new Div();
    private final Button markAll = new Button();
    private final Notifications notifications;
    private final NotificationTexts texts;

    NotificationBell(Notifications notifications, NotificationPush push, NotificationTexts texts, long accountId) {
        this.notifications = notifications;
        this.texts = texts;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("notification-bell");
        count.addClassName("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        count.getElement().setAttribute("aria-hidden", "true");
        bell.setSuffixComponent(count);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("min(26rem, 95vw)");
        popover.setAriaLabel(getTranslation("notifications.title"));
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                showList();
            }
        });
        markAll.setText(getTranslation("notifications.mark-all"));
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            refresh();
            showList();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var all = new Anchor("notifications", getTranslation("notifications.all"));
        var footer = new Div(markAll, all);
        footer.addClassName("notification-footer");
        footer.getStyle()
                .set("display", "flex")
                .set("justify-content", "space-between")
                .set("align-items", "center");
        list.addClassName("notification-list");
        popover.add(list, footer);
        getContent().add(bell, popover);
        getContent().addClassName("notification-bell-box");
        // at the far end of the app bar
        getContent().getStyle().set("margin-inline-start", "auto").set("margin-inline-end", "var(--lumo-space-s)");
        addAttachListener(attach -> {
            refresh();
            UI ui = attach.getUI();
            var stop = push.listen(
                    accountId,
                    () -> ui.access(() -> {
                        refresh();
                        if (popover.isOpened()) {
                            showList();
                        }
                    }));
            addDetachListener(detach -> {
                stop.run();
                detach.unregisterListener();
            });
        });
    }

    /**
     * Runs the bell's reading as the person whose page it is. The news arrives in the thread of whoever caused it (a
     * coordinator's request, a job), signed in as them: the page's own session's sign-in is put in place meanwhile.
     */
    private static void asOwner(UI ui, Runnable work) {
        var stored = ui.getSession()
                .getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(stored instanceof SecurityContext owner)) {
            return;
        }
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(owner);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The number on the bell and the button's name for a screen reader. */
    void refresh() {
        long unread = notifications.unread();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notifications.bell", unread));
    }

    private void showList() {
        list.removeAll();
        var rows = notifications.mine(PageRequest.of(0, SHOWN));
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.empty")));
        }
        markAll.setVisible(rows.stream().anyMatch(row -> !row.read()));
        for (var row : rows) {
            var entry = new Anchor(texts.link(row), texts.text(row));
            entry.addClassName(row.read() ? "notification-read" : "notification-unread");
            entry.getStyle().set("display", "block").set("padding", "0.4rem 0");
            if (!row.read()) {
                entry.getStyle().set("font-weight", "600");
            }
            entry.getElement().addEventListener("click", e -> {
                notifications.markRead(row.id());
                popover.close();
            });
            var when = new Span(texts.when(row));
            when.addClassName("secondary");
            when.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
            entry.add(when);
            list.add(entry);
        }
    }
}
