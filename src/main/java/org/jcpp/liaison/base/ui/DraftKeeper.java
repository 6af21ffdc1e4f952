package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jcpp.liaison.base.drafts.FormDrafts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps what a user types in a {@link KeepsDrafts} form as a draft in the database, for that user and the form's
 * address: checked at the end of every request of the session (at most one write every {@value #MIN_MILLIS_BETWEEN}
 * ms while typing) and when the view is detached — the user went elsewhere, closed the page, or the session ended (a
 * timeout or a sign-out detaches every view while its values are still there). Opening the form again puts the draft
 * back and says so; a draft of a record changed since by someone else is only offered. A save or a cancel drops it.
 */
public final class DraftKeeper {

    private static final Logger log = LoggerFactory.getLogger(DraftKeeper.class);
    static final long MIN_MILLIS_BETWEEN = 2_000;
    static final int MAX_KEY_LENGTH = 1000;
    private static final String SESSION_KEEPERS = DraftKeeper.class.getName() + ".keepers";

    /**
     * How many keepers each session has, read without the session's lock (a count: nothing here holds on to the
     * session, so an ended session's entry goes with it).
     */
    private static final Map<VaadinSession, AtomicInteger> OPEN = Collections.synchronizedMap(new WeakHashMap<>());

    private final Component view;
    private final KeepsDrafts form;
    /** A dialog's draft is kept only when the session ends with it open; closing it (cancel, Escape) drops it. */
    private final boolean dialog;

    private final String formKey;
    private final long userId;
    private final FormDrafts drafts;
    private final Clock clock;
    private @Nullable JsonNode baseline;
    private @Nullable JsonNode kept;
    private long keptAt;
    private boolean finished;

    /** Who is signed in in a page, and where drafts go: set by the main layout, read when a dialog opens. */
    record Context(long userId, FormDrafts drafts, Clock clock) {}

    private DraftKeeper(Component view, String formKey, long userId, FormDrafts drafts, Clock clock, boolean dialog) {
        this.view = view;
        this.form = view instanceof KeepsDrafts keeps ? keeps : new KeepsDrafts() {};
        this.dialog = dialog;
        this.formKey = formKey;
        this.userId = userId;
        this.drafts = drafts;
        this.clock = clock;
    }

    /**
     * Starts keeping the view's typed values, after it opened at {@code formKey} (its address): puts back a draft kept
     * earlier, or offers it when the record changed since. Does nothing if the view already keeps drafts at that
     * address.
     */
    static void start(Component view, String formKey, long userId, FormDrafts drafts, Clock clock) {
        start(view, formKey, userId, drafts, clock, false);
    }

    /**
     * Keeps what is typed in an open dialog (a need added to a contact, an account, a reference item) under the page's
     * address and the dialog's {@code name}: put back when the same dialog is opened again after the session ended
     * with it open. Call it right after opening the dialog.
     */
    public static void keep(Dialog dialog, String name) {
        UI ui = UI.getCurrent();
        Context context = ui == null ? null : ComponentUtil.getData(ui, Context.class);
        if (context == null) {
            return;
        }
        String key = formKey(ui.getActiveViewLocation()) + "#" + name;
        start(dialog, key, context.userId(), context.drafts(), context.clock(), true);
    }

    private static void start(
            Component view, String formKey, long userId, FormDrafts drafts, Clock clock, boolean dialog) {
        if (formKey.length() > MAX_KEY_LENGTH) {
            return; // an address made up to be longer than any form's (the column holds 1000): nothing to keep
        }
        var current = ComponentUtil.getData(view, DraftKeeper.class);
        if (current != null) {
            if (current.formKey.equals(formKey)) {
                return;
            }
            current.check(true);
            current.stop();
        }
        var keeper = new DraftKeeper(view, formKey, userId, drafts, clock, dialog);
        ComponentUtil.setData(view, DraftKeeper.class, keeper);
        var session = VaadinSession.getCurrent();
        keepers(session).add(keeper);
        OPEN.computeIfAbsent(session, s -> new AtomicInteger()).incrementAndGet();
        view.addDetachListener(e -> {
            if (keeper.dialog && !e.getUI().isClosing()) {
                keeper.drafts.drop(keeper.userId, keeper.formKey); // closed: cancelled or saved
            } else {
                keeper.check(true);
            }
            keeper.stop();
        });
        drafts.find(userId, formKey).ifPresent(keeper::offer);
    }

    /**
     * The form's address as its draft's key: path and query, without what sign-in adds ({@code ?continue} after a
     * saved request), so a form reopened after signing in again finds its draft.
     */
    static String formKey(Location location) {
        var parameters = new TreeMap<>(location.getQueryParameters().getParameters());
        parameters.remove("continue");
        var query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, values) -> values.forEach(value -> query.add(name + "=" + value)));
        return location.getPath() + query;
    }

    /**
     * The form was saved or cancelled: its draft is dropped. A form that stays open after a save (a follow-up, say)
     * keeps what is typed from then on, compared with what it shows after the save.
     */
    public static void finish(Component view) {
        Component at = view;
        while (ComponentUtil.getData(at, DraftKeeper.class) == null
                && at.getParent().isPresent()) {
            at = at.getParent().get();
        }
        var keeper = ComponentUtil.getData(at, DraftKeeper.class);
        if (keeper != null && !keeper.finished) {
            keeper.drafts.drop(keeper.userId, keeper.formKey);
            keeper.kept = null;
            keeper.baseline = null; // taken again at the end of this request, or when the form is left
        }
    }

    /** At the end of each request of a session (its lock held): keeps what changed in its open forms. */
    public static void checkAll(VaadinSession session) {
        for (DraftKeeper keeper : keepers(session)) {
            keeper.check(false);
        }
    }

    /**
     * Whether the session has a form open whose draft is kept, read without its lock: the end of a request takes the
     * lock only then.
     */
    public static boolean anyOpen(VaadinSession session) {
        var count = OPEN.get(session);
        return count != null && count.get() > 0;
    }

    private static List<DraftKeeper> keepers(VaadinSession session) {
        @SuppressWarnings("unchecked")
        var list = (List<DraftKeeper>) session.getAttribute(SESSION_KEEPERS);
        if (list == null) {
            list = new CopyOnWriteArrayList<>();
            session.setAttribute(SESSION_KEEPERS, list);
        }
        return list;
    }

    private void stop() {
        finished = true;
        var session = VaadinSession.getCurrent();
        if (session != null) {
            if (keepers(session).remove(this)) {
                OPEN.computeIfAbsent(session, s -> new AtomicInteger()).decrementAndGet();
            }
        }
        ComponentUtil.setData(view, DraftKeeper.class, null);
    }

    /** Keeps the form's values if they differ from what it opened with and from the last kept draft. */
    private void check(boolean now) {
        if (finished) {
            return;
        }
        try {
            JsonNode values = snapshot();
            if (baseline == null) {
                baseline = values; // the form as it opened (its own defaults, or the record being edited)
                return;
            }
            if (values.equals(baseline)) {
                if (kept != null) {
                    drafts.drop(userId, formKey); // everything typed was taken back
                    kept = null;
                }
                return;
            }
            if (values.equals(kept) || (!now && clock.millis() - keptAt < MIN_MILLIS_BETWEEN)) {
                return; // a later request (a heartbeat at the latest) or leaving the form keeps it
            }
            drafts.keep(userId, formKey, FieldValues.JSON.writeValueAsString(values), form.draftRecordVersion());
            kept = values;
            keptAt = clock.millis();
        } catch (RuntimeException e) {
            log.warn("Could not keep the draft of {}", formKey, e);
        }
    }

    private JsonNode snapshot() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode shape = node.putObject("shape");
        form.draftShape().forEach(shape::put);
        ArrayNode values = node.putArray("fields");
        for (HasValue<?, ?> field : fields(view)) {
            JsonNode value;
            try {
                value = FieldValues.encode(field.getValue());
            } catch (IllegalArgumentException e) {
                value = JsonNodeFactory.instance.nullNode(); // a field whose value cannot be kept keeps its place
            }
            values.add(value);
        }
        return node;
    }

    /** The fields the user can type in, in the order of the page; a field's own parts are not fields of their own. */
    static List<HasValue<?, ?>> fields(Component root) {
        var found = new ArrayList<HasValue<?, ?>>();
        collect(root, found);
        return found;
    }

    private static void collect(Component component, List<HasValue<?, ?>> found) {
        if (component instanceof HasValue<?, ?> field) {
            if (!(component instanceof PasswordField) && !field.isReadOnly()) {
                found.add(field);
            }
            return;
        }
        component.getChildren().forEach(child -> collect(child, found));
    }

    private void offer(FormDrafts.Draft draft) {
        JsonNode values;
        try {
            values = FieldValues.JSON.readTree(draft.payload());
        } catch (RuntimeException e) {
            log.warn("A kept draft of {} could not be read; it is dropped", formKey, e);
            drafts.drop(userId, formKey);
            return;
        }
        String when = Formats.dateTime(LocalDateTime.ofInstant(draft.savedAt(), clock.getZone()));
        var banner = new Div();
        banner.addClassName("draft-banner");
        banner.getElement().setAttribute("role", "status");
        var text = new Span();
        var discard = new Button(view.getTranslation("draft.discard"), e -> {
            drafts.drop(userId, formKey);
            stop();
            UI.getCurrent().getPage().reload();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL);
        banner.add(VaadinIcon.TIME_BACKWARD.create(), text);
        if (Objects.equals(draft.recordVersion(), form.draftRecordVersion())) {
            restore(values);
            text.setText(view.getTranslation("draft.restored", when));
            banner.add(discard);
        } else {
            banner.addClassName("draft-banner-changed");
            text.setText(view.getTranslation("draft.changed-since", when));
            var restore = new Button(view.getTranslation("draft.restore"));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            restore.addClickListener(e -> {
                restore(values);
                text.setText(view.getTranslation("draft.restored", when));
                banner.remove(restore);
            });
            banner.add(restore, discard);
        }
        if (view instanceof HasComponents container) {
            container.addComponentAsFirst(banner);
        }
    }

    /** Puts the draft's values back, field by field; a value the field no longer accepts is left out. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void restore(JsonNode draft) {
        if (baseline == null) {
            baseline = snapshot();
        }
        Map<String, Integer> shape = new HashMap<>();
        draft.path("shape")
                .properties()
                .forEach(e -> shape.put(e.getKey(), e.getValue().asInt()));
        form.prepareForDraft(shape);
        List<HasValue<?, ?>> fields = fields(view);
        JsonNode values = draft.path("fields");
        for (int i = 0; i < Math.min(fields.size(), values.size()); i++) {
            JsonNode value = values.get(i);
            if (value.isNull()) {
                continue;
            }
            try {
                Object decoded = FieldValues.decode(value);
                HasValue field = fields.get(i);
                field.setValue(decoded == null ? field.getEmptyValue() : decoded);
            } catch (RuntimeException e) {
                log.debug("Draft value {} of {} not put back: {}", i, formKey, e.toString());
            }
        }
        kept = draft;
        keptAt = clock.millis();
    }
}
